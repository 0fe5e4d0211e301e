package squeeze

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// gunzip decodes z with the standard library, checking the header fields
// Gzip promises.
func gunzip(t testing.TB, z []byte) []byte {
	t.Helper()
	r, err := gzip.NewReader(bytes.NewReader(z))
	require.NoError(t, err)
	require.Empty(t, r.Name)
	require.True(t, r.ModTime.IsZero())
	r.Multistream(false)
	out, err := io.ReadAll(r)
	require.NoError(t, err)
	require.NoError(t, r.Close())
	return out
}

// randomBytes returns n bytes from a fixed seed.
func randomBytes(n int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, 1))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// text returns n bytes of word salad with the skewed statistics of text.
func text(n int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, 2))
	words := strings.Fields("the of and to in a is that for it as was with be by on not he " +
		"this are or his from at which but have an they you were her she there would their " +
		"compression Huffman window literal distance length block header stream parse")
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(words[int(float64(len(words))*r.Float64()*r.Float64())])
		if r.IntN(12) == 0 {
			b.WriteString(".\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return []byte(b.String()[:n])
}

func TestGzipRoundTrip(t *testing.T) {
	// Text long enough to span segments, with repeats reaching back
	// across the segment boundary.
	long := text(segmentSize+200_000, 7)
	copy(long[segmentSize+1000:], long[segmentSize-20_000:segmentSize-10_000])

	tests := []struct {
		name    string
		data    []byte
		maxSize int // bound on the compressed size, when set
	}{
		{name: "empty", data: nil, maxSize: 20},
		{name: "one byte", data: []byte{'x'}, maxSize: 21},
		{name: "short text", data: []byte("hello, hello, hello world"), maxSize: 40},
		{name: "all zero", data: make([]byte, 3<<20), maxSize: 3300},
		{name: "one byte repeated", data: bytes.Repeat([]byte{0xa5}, 70_000), maxSize: 200},
		{name: "random", data: randomBytes(1<<20, 1), maxSize: 1<<20 + 200},
		{name: "random 100", data: randomBytes(100, 2), maxSize: 100 + 25},
		{name: "text", data: text(200_000, 3)},
		{name: "text across segments", data: long},
		{name: "period 3", data: bytes.Repeat([]byte("abc"), 100_000), maxSize: 2000},
		{name: "all byte values", data: bytes.Repeat(randomBytes(256, 4), 3)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			z := Gzip(tc.data, 2)
			require.Equal(t, len(tc.data), len(gunzip(t, z)))
			require.True(t, bytes.Equal(tc.data, gunzip(t, z)), "round trip differs")
			if tc.maxSize > 0 {
				require.LessOrEqual(t, len(z), tc.maxSize)
			}
		})
	}
}

func TestGzipSmallerThanStandardLibrary(t *testing.T) {
	data := text(300_000, 5)
	z := Gzip(data, 3)
	require.Less(t, len(z), len(stdGzip(t, data))*97/100)
}

func TestGzipHeader(t *testing.T) {
	z := Gzip([]byte("abc"), 1)
	require.Equal(t, []byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 255}, z[:10])
}

func TestGzipDeterministic(t *testing.T) {
	// Three segments, so that several run at once.
	data := append(text(50_000, 11), make([]byte, segmentSize)...)
	data = append(data, randomBytes(50_000, 12)...)
	data = append(data, make([]byte, segmentSize)...)
	data = append(data, text(50_000, 13)...)
	first := Gzip(data, 2)
	require.Equal(t, first, Gzip(data, 2))
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	require.Equal(t, first, Gzip(data, 2), "output depends on GOMAXPROCS")
}

func TestHuffmanLengthsAreLimited(t *testing.T) {
	// Fibonacci counts make the deepest unrestricted Huffman codes.
	counts := make([]uint32, 30)
	a, b := uint32(1), uint32(1)
	for i := range counts {
		counts[i] = a
		a, b = b, a+b
	}
	lengths := make([]uint8, len(counts))
	huffmanLengths(counts, 15, lengths)
	kraft := 0
	for _, l := range lengths {
		require.True(t, l >= 1 && l <= 15, "length %d", l)
		kraft += 1 << (15 - l)
	}
	require.Equal(t, 1<<15, kraft, "code must be complete")
}

// stdGzip compresses with compress/gzip at its best level.
func stdGzip(t testing.TB, data []byte) []byte {
	var buf bytes.Buffer
	w, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	require.NoError(t, err)
	_, err = w.Write(data)
	require.NoError(t, err)
	require.NoError(t, w.Close())
	return buf.Bytes()
}

// TestSize compresses the file named by SQUEEZE_FILE and prints size and
// time next to compress/gzip's best level:
//
//	SQUEEZE_FILE=/tmp/a.wasm go test -run TestSize -v ./internal/squeeze/
//
// SQUEEZE_ITERATIONS overrides the iteration count.
func TestSize(t *testing.T) {
	path := os.Getenv("SQUEEZE_FILE")
	if path == "" {
		t.Skip("SQUEEZE_FILE is not set: no file to measure")
	}
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	iterations := DefaultIterations
	if s := os.Getenv("SQUEEZE_ITERATIONS"); s != "" {
		_, err := fmt.Sscan(s, &iterations)
		require.NoError(t, err)
	}

	start := time.Now()
	z := Gzip(data, iterations)
	elapsed := time.Since(start)
	start = time.Now()
	std := stdGzip(t, data)
	stdElapsed := time.Since(start)

	t.Logf("input:                   %d bytes", len(data))
	t.Logf("squeeze, %d iterations: %d bytes in %v", iterations, len(z), elapsed.Round(time.Millisecond))
	t.Logf("compress/gzip best:      %d bytes in %v", len(std), stdElapsed.Round(time.Millisecond))
	t.Logf("saving:                  %.2f%%", 100*(1-float64(len(z))/float64(len(std))))
	require.True(t, bytes.Equal(data, gunzip(t, z)), "round trip differs")
}

func FuzzGzip(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("a"))
	f.Add([]byte("abracadabra abracadabra abracadabra"))
	f.Add(bytes.Repeat([]byte{0}, 1000))
	f.Add(randomBytes(300, 9))
	f.Fuzz(func(t *testing.T, data []byte) {
		require.True(t, bytes.Equal(data, gunzip(t, Gzip(data, 1))))
	})
}
