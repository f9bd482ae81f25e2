package wire

import (
	"encoding/binary"
	"math"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	var b []byte
	b = binary.AppendUvarint(b, 300)
	b = binary.AppendVarint(b, -12345)
	b = AppendString(b, "Dayr Az Zawr")
	b = AppendBool(b, true)
	b = binary.LittleEndian.AppendUint32(b, 0xdeadbeef)
	b = AppendFloat64(b, -33.125)
	b = binary.AppendUvarint(b, math.MaxUint64)
	r := NewReader(string(b))
	if got := r.Uvarint(); got != 300 {
		t.Errorf("Uvarint = %d", got)
	}
	if got := r.Varint(); got != -12345 {
		t.Errorf("Varint = %d", got)
	}
	if got := r.Str(); got != "Dayr Az Zawr" {
		t.Errorf("Str = %q", got)
	}
	if !r.Bool() {
		t.Error("Bool = false")
	}
	if got := r.Uint32(); got != 0xdeadbeef {
		t.Errorf("Uint32 = %x", got)
	}
	if got := r.Float64(); got != -33.125 {
		t.Errorf("Float64 = %v", got)
	}
	if got := r.Uvarint(); got != math.MaxUint64 {
		t.Errorf("Uvarint = %d", got)
	}
	if r.Err() != nil || r.Len() != 0 {
		t.Errorf("err %v, %d bytes left", r.Err(), r.Len())
	}
}

func TestDamaged(t *testing.T) {
	for name, data := range map[string]string{
		"empty":           "",
		"varint too long": "\xff\xff\xff\xff\xff\xff\xff\xff\xff\x02",
		"string too long": "\x05ab",
		"bad bool":        "\x02",
	} {
		r := NewReader(data)
		switch name {
		case "string too long":
			r.Str()
		case "bad bool":
			r.Bool()
		default:
			r.Uvarint()
		}
		if r.Err() == nil {
			t.Errorf("%s: no error", name)
		}
		if r.Byte() != 0 || r.Str() != "" || r.Float64() != 0 {
			t.Errorf("%s: reads after a failure should return zero values", name)
		}
	}
}

func FuzzReader(f *testing.F) {
	f.Add([]byte("\x03abc\x01\x80"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := NewReader(string(data))
		for r.Err() == nil && r.Len() > 0 {
			r.Str()
			r.Varint()
			r.Float64()
			r.Count(3)
		}
		if r.Pos() > len(data) {
			t.Fatalf("position %d past the end %d", r.Pos(), len(data))
		}
	})
}
