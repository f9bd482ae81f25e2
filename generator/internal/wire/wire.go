// Package wire reads and writes the compact binary forms sitrep keeps between builds (the
// place matcher's snapshots, the build cache's annotations): unsigned and zig-zag varints,
// strings as a varint length and their bytes, and little-endian fixed-size numbers.
//
// A Reader never panics on damaged input: the first problem makes every later read return a
// zero value, and Err reports it once the caller is done. Strings it returns share the
// input's bytes.
package wire

import (
	"encoding/binary"
	"errors"
	"math"
)

// ErrDamaged is what Err returns for input that does not read.
var ErrDamaged = errors.New("damaged or truncated")

// Reader reads from a string.
type Reader struct {
	data string
	pos  int
	err  error
}

// NewReader returns a Reader of data.
func NewReader(data string) Reader { return Reader{data: data} }

// Err returns ErrDamaged once any read has failed, else nil.
func (r *Reader) Err() error { return r.err }

// Fail marks the input as damaged (for a check the caller makes).
func (r *Reader) Fail() {
	if r.err == nil {
		r.err = ErrDamaged
	}
	r.pos = len(r.data)
}

// Pos is the offset of the next byte to read.
func (r *Reader) Pos() int { return r.pos }

// Len is the number of bytes left.
func (r *Reader) Len() int { return len(r.data) - r.pos }

// Byte reads one byte.
func (r *Reader) Byte() byte {
	if r.pos >= len(r.data) {
		r.Fail()
		return 0
	}
	b := r.data[r.pos]
	r.pos++
	return b
}

// Bool reads a byte that must be 0 or 1.
func (r *Reader) Bool() bool {
	switch r.Byte() {
	case 0:
		return false
	case 1:
		return true
	}
	r.Fail()
	return false
}

// Uvarint reads an unsigned varint.
func (r *Reader) Uvarint() uint64 {
	var x uint64
	var s uint
	for i := 0; i < binary.MaxVarintLen64; i++ {
		if r.pos >= len(r.data) {
			break
		}
		b := r.data[r.pos]
		r.pos++
		if b < 0x80 {
			if i == binary.MaxVarintLen64-1 && b > 1 {
				break
			}
			return x | uint64(b)<<s
		}
		x |= uint64(b&0x7f) << s
		s += 7
	}
	r.Fail()
	return 0
}

// Varint reads a zig-zag varint (binary.AppendVarint).
func (r *Reader) Varint() int64 {
	u := r.Uvarint()
	x := int64(u >> 1)
	if u&1 != 0 {
		x = ^x
	}
	return x
}

// Count reads a length of elements that take at least min bytes each (at least one): one
// that the bytes left cannot hold fails.
func (r *Reader) Count(min int) int {
	n := r.Uvarint()
	if n > uint64(r.Len())/uint64(max(min, 1)) {
		r.Fail()
		return 0
	}
	return int(n)
}

// Take reads the next n bytes.
func (r *Reader) Take(n int) string {
	if n < 0 || n > r.Len() {
		r.Fail()
		return ""
	}
	s := r.data[r.pos : r.pos+n]
	r.pos += n
	return s
}

// Str reads a varint length and that many bytes.
func (r *Reader) Str() string { return r.Take(r.Count(1)) }

// Uint32 reads 4 bytes, little-endian.
func (r *Reader) Uint32() uint32 {
	d := r.Take(4)
	if len(d) < 4 {
		return 0
	}
	return uint32(d[0]) | uint32(d[1])<<8 | uint32(d[2])<<16 | uint32(d[3])<<24
}

// Float64 reads the 8 bytes of a float64's bits, little-endian.
func (r *Reader) Float64() float64 {
	d := r.Take(8)
	if len(d) < 8 {
		return 0
	}
	var u uint64
	for i := 7; i >= 0; i-- {
		u = u<<8 | uint64(d[i])
	}
	return math.Float64frombits(u)
}

// AppendString appends s as a varint length and its bytes.
func AppendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// AppendStrings appends the number of strings as a uvarint and each string as AppendString
// does.
func AppendStrings(b []byte, ss []string) []byte {
	b = binary.AppendUvarint(b, uint64(len(ss)))
	for _, s := range ss {
		b = AppendString(b, s)
	}
	return b
}

// AppendBool appends b as one byte, 0 or 1.
func AppendBool(buf []byte, b bool) []byte {
	if b {
		return append(buf, 1)
	}
	return append(buf, 0)
}

// AppendFloat64 appends the bits of f, little-endian.
func AppendFloat64(b []byte, f float64) []byte {
	return binary.LittleEndian.AppendUint64(b, math.Float64bits(f))
}
