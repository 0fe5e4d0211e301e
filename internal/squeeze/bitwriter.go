package squeeze

// bitWriter packs bits least significant first, as DEFLATE stores them.
type bitWriter struct {
	out   []byte
	acc   uint64 // pending bits, the oldest in the lowest positions
	nbits uint   // number of pending bits in acc, always below 8 between calls
}

// writeBits appends the n low bits of v (n ≤ 32).
func (w *bitWriter) writeBits(v uint32, n uint) {
	w.acc |= uint64(v) << w.nbits
	w.nbits += n
	for w.nbits >= 8 {
		w.out = append(w.out, byte(w.acc))
		w.acc >>= 8
		w.nbits -= 8
	}
}

// alignToByte pads with zero bits up to the next byte boundary.
func (w *bitWriter) alignToByte() {
	if w.nbits > 0 {
		w.writeBits(0, 8-w.nbits)
	}
}

// writeBytes appends whole bytes; the writer must be byte-aligned.
func (w *bitWriter) writeBytes(b []byte) {
	w.out = append(w.out, b...)
}
