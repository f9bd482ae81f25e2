package build

import (
	"encoding/binary"
	"testing"
)

// A number hashes as its eight bytes, little-endian, whatever was written before it.
func TestHasherNumIsItsBytes(t *testing.T) {
	for lead := 0; lead < 17; lead++ {
		for _, n := range []uint64{0, 1, 0x0123456789abcdef, ^uint64(0)} {
			var a, b hasher
			for i := 0; i < lead; i++ {
				a.WriteByte(byte(i))
				b.WriteByte(byte(i))
			}
			a.num(n)
			var le [8]byte
			binary.LittleEndian.PutUint64(le[:], n)
			b.Write(le[:])
			a.str("tail")
			b.str("tail")
			if a.Sum64() != b.Sum64() {
				t.Errorf("after %d bytes, num(%#x) hashes as %#x, its bytes as %#x", lead, n, a.Sum64(), b.Sum64())
			}
		}
	}
}
