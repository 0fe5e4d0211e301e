package ner

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"math/bits"
	"sort"
	"strconv"
	"strings"
)

// A Model is a trained sequence tagger: a linear scorer over hashed
// features, label-transition scores, and Viterbi decoding under the BILOU
// constraints. Weights are integers: the trainer scales and rounds them.
// NewModel and Decode derive from the weights and transitions the tables
// Tag reads: a Model must not be changed once made.
//
// Most rows of the feature table are zero, so only the others are kept:
// Index maps each of the 1<<Bits rows to its place in Weights (k: the k-th
// row of NumLabels weights, from 1; 0: a row of zeros). The table then
// fits the processor's cache, and a zero row costs one look-up.
type Model struct {
	Featurizer
	Index   []uint16
	Weights []int8
	packed  [][packedWords]uint64 // Weights again, packed for Tag (see pack)
	// Index again, for Tag, in 1/12 of the bytes so that it stays in the
	// processor's first-level cache: bit r of nonzero is set when row r
	// is nonzero, and rowsBefore[w] counts the nonzero rows below row 64·w.
	nonzero     []uint64
	rowsBefore  []uint16
	small       *smallRows   // for Tag (see emit.go)
	transTables *transTables // Trans as Tag's decode reads them
	// Trans[a][b] scores label b after label a; Trans[NumLabels] scores the first label.
	Trans [NumLabels + 1][NumLabels]int32
}

// The file format, little-endian and byte-oriented so gzip compresses it:
//
//	"NERM" version bits nLabels nTemplates      4+4 bytes
//	transitions   (NumLabels+1)·NumLabels zig-zag varints
//	words         count, then per word (sorted): shared-prefix length (varint), suffix bytes, '\n';
//	              then the WordInfos as five byte planes, one byte per word each: the coarse
//	              cluster's low and high bytes, the fine cluster's, and the flags (WordInfo>>20)
//	rows          count, then the row numbers as varint deltas
//	weights       for each label, one int8 per row (label-major: the zeros line up)
const (
	magic         = "NERM"
	formatVersion = 7
)

// Encode writes the model in its file format.
func (m *Model) Encode(w io.Writer) error {
	if len(m.Index) != 1<<m.Bits || len(m.Weights)%NumLabels != 0 {
		return errors.New("ner: an index of " + strconv.Itoa(len(m.Index)) + " rows for " + strconv.Itoa(int(m.Bits)) + " bits, " + strconv.Itoa(len(m.Weights)) + " weights")
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
		if strings.IndexByte(w, '\n') >= 0 {
			return errors.New("ner: a word with a line break: " + strconv.Quote(w))
		}
		b = binary.AppendUvarint(b, uint64(p))
		b = append(b, w[p:]...)
		b = append(b, '\n')
		prev = w
	}
	// the facts in planes, which gzip compresses better than facts
	// between the words
	for plane := range wordPlanes {
		for _, w := range words {
			b = append(b, wordPlane(m.Words[w], plane))
		}
	}
	var rows []int
	for r, k := range m.Index {
		if k != 0 {
			rows = append(rows, r)
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
			b = append(b, byte(m.Weights[(int(m.Index[r])-1)*NumLabels+l]))
		}
	}
	_, err := w.Write(b)
	return err
}

// wordPlanes is the number of byte planes a WordInfo is written in;
// wordPlaneShift is where each plane's byte goes: the coarse cluster's low
// and high bytes, the fine cluster's, the flags.
const wordPlanes = 5

var wordPlaneShift = [wordPlanes]uint{0, 8, 10, 18, 20}

// wordPlane returns plane p's byte of w.
func wordPlane(w WordInfo, p int) byte {
	switch p {
	case 1:
		return byte(w.Cluster() >> 8)
	case 2:
		return byte(w.Fine())
	case 3:
		return byte(w.Fine() >> 8)
	case 4:
		return byte(w >> 20)
	}
	return byte(w.Cluster())
}

var errFormat = errors.New("ner: not a model file, or a corrupt one")

// Decode reads a model written by Encode.
func Decode(data []byte) (*Model, error) {
	r := reader{b: data}
	if len(data) < 8 || string(data[:4]) != magic {
		return nil, errFormat
	}
	if data[4] != formatVersion || data[6] != NumLabels || data[7] != numTemplates {
		// no fmt here: this runs in the page, which it would make larger
		itoa := func(b byte) string { return strconv.Itoa(int(b)) }
		return nil, errors.New("ner: model format " + itoa(data[4]) + " with " + itoa(data[6]) + " labels and " + itoa(data[7]) +
			" templates; this build reads " + itoa(formatVersion) + ", " + itoa(NumLabels) + ", " + itoa(numTemplates) + ": retrain with make model")
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
	// the words are spelt out one after another in one buffer, then cut
	// from one string: one allocation for all the keys
	var all []byte
	ends := make([]int, 0, n)
	prevStart := 0
	for i := uint64(0); i < n && r.err == nil; i++ {
		p := r.uvarint()
		s := bytes.IndexByte(r.b, '\n')
		if p > uint64(len(all)-prevStart) || s < 0 {
			return nil, errFormat
		}
		start := len(all)
		all = append(all, all[prevStart:prevStart+int(p)]...)
		all = append(all, r.bytes(s)...)
		r.bytes(1) // the line break
		ends = append(ends, len(all))
		prevStart = start
	}
	planes := r.bytes(wordPlanes * len(ends))
	if r.err != nil {
		return nil, errFormat
	}
	keys := string(all)
	m.Words = make(map[string]WordInfo, len(ends))
	start := 0
	for i, end := range ends {
		var info WordInfo
		for p := 0; p < wordPlanes; p++ {
			info |= WordInfo(planes[p*len(ends)+i]) << wordPlaneShift[p]
		}
		m.Words[keys[start:end]] = info
		start = end
	}
	nrows := r.uvarint()
	if nrows > 1<<bits || nrows > maxRows {
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
	m.Index = make([]uint16, 1<<bits)
	m.Weights = make([]int8, NumLabels*len(rows))
	for i, row := range rows {
		m.Index[row] = uint16(i + 1)
	}
	for l := 0; l < NumLabels; l++ {
		plane := r.b[l*len(rows) : (l+1)*len(rows)]
		for i := range rows {
			m.Weights[i*NumLabels+l] = int8(plane[i])
		}
	}
	m.pack()
	return m, nil
}

// packedWords is the number of 64-bit words a packed row takes: four
// 16-bit lanes each, one lane a label.
const packedWords = (NumLabels + 3) / 4

// pack lays the weights out for Tag: each row as packedWords words of four
// 16-bit lanes, a weight w stored as w+128 (0 to 255). Tag adds whole words,
// four labels at a time; a sentence token has numTemplates features, so a
// lane sums to at most numTemplates·255, which fits 16 bits, and Tag takes
// 128 off per feature added.
func (m *Model) pack() {
	n := len(m.Weights) / NumLabels
	m.packed = make([][packedWords]uint64, n)
	for r := 0; r < n; r++ {
		for l, w := range m.Weights[r*NumLabels : (r+1)*NumLabels] {
			m.packed[r][l/4] |= uint64(int(w)+128) << (16 * (l % 4))
		}
	}
	m.nonzero = make([]uint64, (len(m.Index)+63)/64)
	m.rowsBefore = make([]uint16, len(m.nonzero))
	for r, k := range m.Index {
		if k != 0 {
			m.nonzero[r/64] |= 1 << (r % 64)
		}
	}
	count := 0
	for w, set := range m.nonzero {
		m.rowsBefore[w] = uint16(count)
		count += bits.OnesCount64(set)
	}
	m.small = m.smallRows()
	m.transTables = newTransTables(&m.Trans)
}

// rowNumber returns the place of feature id's row among the nonzero rows,
// or -1 for a row of zeros.
func (m *Model) rowNumber(id uint32) int32 {
	word, bit := m.nonzero[id/64], uint64(1)<<(id%64)
	if word&bit == 0 {
		return -1
	}
	// the nonzero rows are stored in order: this is the k-th
	return int32(m.rowsBefore[id/64]) + int32(bits.OnesCount64(word&(bit-1)))
}

// packedRow returns the packed weights of nonzero row k.
func (m *Model) packedRow(k int32) *[packedWords]uint64 {
	return &m.packed[k]
}

// maxRows is the most nonzero rows a model may have (Index is 16 bits).
const maxRows = 1<<16 - 1

// NewModel makes a model of the featurizer f, the dense feature table
// dense (NumLabels weights for each of the 1<<f.Bits rows) and the
// transition scores, keeping only the nonzero rows. It fails when more
// than 65,535 rows are nonzero: prune more.
func NewModel(f Featurizer, dense []int8, trans [NumLabels + 1][NumLabels]int32) (*Model, error) {
	if len(dense) != NumLabels<<f.Bits {
		return nil, errors.New("ner: " + strconv.Itoa(len(dense)) + " weights for " + strconv.Itoa(1<<f.Bits) + " rows")
	}
	m := &Model{Featurizer: f, Index: make([]uint16, 1<<f.Bits), Trans: trans}
	for r := range m.Index {
		row := dense[r*NumLabels : (r+1)*NumLabels]
		zero := true
		for _, v := range row {
			zero = zero && v == 0
		}
		if zero {
			continue
		}
		if len(m.Weights)/NumLabels >= maxRows {
			return nil, errors.New("ner: more than " + strconv.Itoa(maxRows) + " nonzero feature rows: prune more")
		}
		m.Weights = append(m.Weights, row...)
		m.Index[r] = uint16(len(m.Weights) / NumLabels)
	}
	m.pack()
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
