package build

import (
	"encoding/binary"
	"math/bits"
)

// The hashes of this package (file contents, signatures, the layouts, site.yaml) are kept
// between runs in the build cache, so they must not depend on the process: hash64 is a
// fixed, seedless 64-bit hash. It reads eight bytes at a time, multiplies and rotates each
// word into the state, and mixes the state once more at the end, so that a one-bit change
// anywhere changes about half of the bits of the sum.

const (
	hashK1 = 0x9e3779b97f4a7c15
	hashK2 = 0xc2b2ae3d27d4eb4f
	hashK3 = 0x165667b19e3779f9
)

// hash64 is a streaming hash; the zero value is ready to use.
type hash64 struct {
	h     uint64
	n     uint64 // bytes written
	buf   [8]byte
	nbuf  int
	begun bool
}

func (h *hash64) word(w uint64) {
	h.h ^= bits.RotateLeft64(w*hashK2, 31) * hashK1
	h.h = bits.RotateLeft64(h.h, 27)*hashK1 + hashK3
}

// Write adds p to the hash; it never fails.
func (h *hash64) Write(p []byte) (int, error) {
	n := len(p)
	h.n += uint64(n)
	if h.nbuf > 0 {
		c := copy(h.buf[h.nbuf:], p)
		h.nbuf += c
		p = p[c:]
		if h.nbuf < 8 {
			return n, nil
		}
		h.word(binary.LittleEndian.Uint64(h.buf[:]))
		h.nbuf = 0
	}
	for len(p) >= 8 {
		h.word(binary.LittleEndian.Uint64(p))
		p = p[8:]
	}
	h.nbuf = copy(h.buf[:], p)
	return n, nil
}

// WriteString adds s to the hash.
func (h *hash64) WriteString(s string) {
	h.n += uint64(len(s))
	for len(s) > 0 {
		if h.nbuf == 0 && len(s) >= 8 {
			h.word(uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
				uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56)
			s = s[8:]
			continue
		}
		c := copy(h.buf[h.nbuf:], s)
		h.nbuf += c
		s = s[c:]
		if h.nbuf == 8 {
			h.word(binary.LittleEndian.Uint64(h.buf[:]))
			h.nbuf = 0
		}
	}
}

// WriteByte adds one byte to the hash.
func (h *hash64) WriteByte(b byte) error {
	h.n++
	h.buf[h.nbuf] = b
	h.nbuf++
	if h.nbuf == 8 {
		h.word(binary.LittleEndian.Uint64(h.buf[:]))
		h.nbuf = 0
	}
	return nil
}

// Sum64 returns the hash of what was written so far; it does not change the state.
func (h *hash64) Sum64() uint64 {
	x := h.h
	if h.nbuf > 0 {
		var tail [8]byte
		copy(tail[:], h.buf[:h.nbuf])
		w := binary.LittleEndian.Uint64(tail[:])
		x ^= bits.RotateLeft64(w*hashK2, 31) * hashK1
	}
	x ^= h.n * hashK3
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
}

// sum is the hash of data.
func sum(data []byte) uint64 {
	var h hash64
	h.Write(data)
	return h.Sum64()
}
