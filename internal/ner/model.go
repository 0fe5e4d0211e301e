package ner

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sort"
)

// A Model is a trained sequence tagger: a linear scorer over hashed
// features, label-transition scores, and Viterbi decoding under the BILOU
// constraints. Weights are integers: the trainer scales and rounds them.
type Model struct {
	Featurizer
	// Weights has NumLabels scores for each of the 1<<Bits feature rows.
	Weights []int8
	// Trans[a][b] scores label b after label a; Trans[NumLabels] scores the first label.
	Trans [NumLabels + 1][NumLabels]int32
}

// The file format, little-endian and byte-oriented so gzip compresses it:
//
//	"NERM" version bits nLabels nTemplates      4+4 bytes
//	transitions   (NumLabels+1)·NumLabels zig-zag varints
//	words         count, then per word (sorted): shared-prefix length, suffix length, suffix bytes, WordInfo (varints)
//	rows          count, then the row numbers as varint deltas
//	weights       for each label, one int8 per row (label-major: the zeros line up)
const (
	magic         = "NERM"
	formatVersion = 5
)

// Encode writes the model in its file format.
func (m *Model) Encode(w io.Writer) error {
	if len(m.Weights) != NumLabels<<m.Bits {
		return fmt.Errorf("ner: %d weights for %d rows", len(m.Weights), 1<<m.Bits)
	}
	var b []byte
	b = append(b, magic...)
	b = append(b, formatVersion, m.Bits, NumLabels, numTemplates)
	for a := range m.Trans {
		for _, v := range m.Trans[a] {
			b = binary.AppendVarint(b, int64(v))
		}
	}
	words := make([]string, 0, len(m.Words))
	for w := range m.Words {
		words = append(words, w)
	}
	sort.Strings(words)
	b = binary.AppendUvarint(b, uint64(len(words)))
	prev := ""
	for _, w := range words {
		p := 0
		for p < len(prev) && p < len(w) && prev[p] == w[p] {
			p++
		}
		b = binary.AppendUvarint(b, uint64(p))
		b = binary.AppendUvarint(b, uint64(len(w)-p))
		b = append(b, w[p:]...)
		b = binary.AppendUvarint(b, uint64(m.Words[w]))
		prev = w
	}
	var rows []int
	for r := 0; r < 1<<m.Bits; r++ {
		for _, v := range m.Weights[r*NumLabels : (r+1)*NumLabels] {
			if v != 0 {
				rows = append(rows, r)
				break
			}
		}
	}
	b = binary.AppendUvarint(b, uint64(len(rows)))
	last := -1
	for _, r := range rows {
		b = binary.AppendUvarint(b, uint64(r-last))
		last = r
	}
	for l := 0; l < NumLabels; l++ {
		for _, r := range rows {
			b = append(b, byte(m.Weights[r*NumLabels+l]))
		}
	}
	_, err := w.Write(b)
	return err
}

var errFormat = errors.New("ner: not a model file, or a corrupt one")

// Decode reads a model written by Encode.
func Decode(data []byte) (*Model, error) {
	r := reader{b: data}
	if len(data) < 8 || string(data[:4]) != magic {
		return nil, errFormat
	}
	if data[4] != formatVersion || data[6] != NumLabels || data[7] != numTemplates {
		return nil, fmt.Errorf("ner: model format %d with %d labels and %d templates; this build reads %d, %d, %d: retrain with make model",
			data[4], data[6], data[7], formatVersion, NumLabels, numTemplates)
	}
	bits := data[5]
	if bits < 8 || bits > 26 {
		return nil, errFormat
	}
	r.b = data[8:]
	m := &Model{Featurizer: Featurizer{Bits: bits}}
	for a := range m.Trans {
		for b := range m.Trans[a] {
			m.Trans[a][b] = int32(r.varint())
		}
	}
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		return nil, errFormat
	}
	m.Words = make(map[string]WordInfo, n)
	prev := []byte{}
	for i := uint64(0); i < n && r.err == nil; i++ {
		p, s := r.uvarint(), r.uvarint()
		if p > uint64(len(prev)) || s > uint64(len(r.b)) {
			return nil, errFormat
		}
		w := append(prev[:p:p], r.bytes(int(s))...)
		m.Words[string(w)] = WordInfo(r.uvarint())
		prev = w
	}
	nrows := r.uvarint()
	if nrows > 1<<bits {
		return nil, errFormat
	}
	rows := make([]int, nrows)
	last := -1
	for i := range rows {
		last += int(r.uvarint())
		if last >= 1<<bits {
			return nil, errFormat
		}
		rows[i] = last
	}
	if r.err != nil || len(r.b) != NumLabels*len(rows) {
		return nil, errFormat
	}
	m.Weights = make([]int8, NumLabels<<bits)
	for l := 0; l < NumLabels; l++ {
		plane := r.b[l*len(rows) : (l+1)*len(rows)]
		for i, row := range rows {
			m.Weights[row*NumLabels+l] = int8(plane[i])
		}
	}
	return m, nil
}

// reader reads varints, remembering the first error.
type reader struct {
	b   []byte
	err error
}

func (r *reader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = errFormat
		r.b = nil
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) varint() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.err = errFormat
		r.b = nil
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) bytes(n int) []byte {
	if n > len(r.b) {
		r.err = errFormat
		r.b = nil
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}
