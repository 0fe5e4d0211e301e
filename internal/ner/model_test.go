package ner

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// smallModel is a model with a few weights set, for encoding tests.
func smallModel(t testing.TB) *Model {
	f := Featurizer{Bits: 8, Words: map[string]WordInfo{
		"lavrov":  MakeWordInfo(3, 40, CasingUpper, false, false),
		"lavrova": MakeWordInfo(3, 41, CasingUpper, false, false),
		"russian": MakeWordInfo(7, 2, CasingUpper, true, false),
		"sergei":  MakeWordInfo(9, 9, CasingUpper, false, true),
		"zz":      MakeWordInfo(1023, 700, CasingLower, true, true), // every plane of the file's word facts in use
	}}
	dense := make([]int8, NumLabels<<8)
	dense[5*NumLabels+2] = 17
	dense[5*NumLabels+12] = -128
	dense[200*NumLabels] = 1
	var trans [NumLabels + 1][NumLabels]int32
	trans[NumLabels][3] = -40
	trans[1][2] = 12345
	m, err := NewModel(f, dense, trans)
	require.NoError(t, err)
	return m
}

func TestNewModelKeepsNonzeroRows(t *testing.T) {
	m := smallModel(t)
	assert.Len(t, m.Weights, 2*NumLabels, "two rows are nonzero")
	assert.Equal(t, uint16(1), m.Index[5])
	assert.Equal(t, uint16(2), m.Index[200])
	assert.Equal(t, uint16(0), m.Index[6])
	assert.Equal(t, int8(17), m.Weights[2])
	_, err := NewModel(Featurizer{Bits: 8}, make([]int8, 3), [NumLabels + 1][NumLabels]int32{})
	assert.Error(t, err, "a table of the wrong size")
}

func TestEncodeDecode(t *testing.T) {
	m := smallModel(t)
	var buf bytes.Buffer
	require.NoError(t, m.Encode(&buf))
	got, err := Decode(buf.Bytes())
	require.NoError(t, err)
	assert.Equal(t, m, got)
	assert.True(t, got.IsNationality("Russian"))
	assert.True(t, got.IsFirstName("SERGEI"))
	assert.False(t, got.IsFirstName("Lavrov"))
}

func TestDecodeErrors(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, smallModel(t).Encode(&buf))
	good := buf.Bytes()
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"not_a_model", []byte("GIF89a...")},
		{"other_version", append([]byte("NERM\x00"), good[5:]...)},
		{"table_too_large", append([]byte("NERM"), good[4], 60, good[6], good[7])},
		{"cut_short", good[:len(good)/2]},
		{"trailing_bytes", append(append([]byte(nil), good...), 0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode(tt.data)
			assert.Error(t, err)
		})
	}
}

func FuzzDecode(f *testing.F) {
	var buf bytes.Buffer
	if err := smallModel(f).Encode(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte("NERM"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Decode(data)
		if err != nil {
			return
		}
		m.Tag([]string{"Sergei", "Lavrov", "said", "."}, nil) // a model that decodes can tag
	})
}

func TestRowAgreesWithIndex(t *testing.T) {
	m, err := Default()
	require.NoError(t, err)
	for id, k := range m.Index {
		r := m.rowNumber(uint32(id))
		if k == 0 {
			require.Equal(t, int32(-1), r, "row %d", id)
			continue
		}
		require.Equal(t, int32(k)-1, r, "row %d", id)
		row := m.packedRow(r)
		for l, w := range m.Weights[(int(k)-1)*NumLabels : int(k)*NumLabels] {
			require.Equal(t, int(w)+128, int(row[l/4]>>(16*(l%4))&0xffff), "row %d label %d", id, l)
		}
	}
}
