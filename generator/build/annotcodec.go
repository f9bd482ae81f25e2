package build

import (
	"encoding/binary"
	"errors"
	"math"

	"github.com/sitrep-archive/sitrep/generator/annotate"
	"github.com/sitrep-archive/sitrep/generator/annotate/place"
)

// cachedAnnotations is a briefing's annotation results as the build cache keeps them: the
// places, operations and warnings (the figures are kept packed in the bodies file). gob
// would describe every field of every place mention of every briefing, and reading a cache
// of 10,000 briefings spent most of its time there; this codec writes them as varints and
// strings, about four times faster to read.
type cachedAnnotations struct {
	*annotate.Result
}

const annotationsCodecVersion = 1

var errAnnotationsCodec = errors.New("build: cached annotations do not read")

// GobEncode implements gob.GobEncoder.
func (c cachedAnnotations) GobEncode() ([]byte, error) {
	r := c.Result
	if r == nil {
		return []byte{0}, nil
	}
	if len(r.Figures) > 0 {
		return nil, errors.New("build: cached annotations carry figures, which the bodies file keeps")
	}
	b := make([]byte, 0, 64+160*len(r.Places))
	b = append(b, annotationsCodecVersion)
	b = binary.AppendUvarint(b, uint64(len(r.Places)))
	for i := range r.Places {
		p := &r.Places[i]
		b = binary.AppendVarint(b, p.ID)
		for _, s := range [...]string{p.Name, p.Slug, p.Kind, p.Country, p.Region, p.Text} {
			b = binary.AppendUvarint(b, uint64(len(s)))
			b = append(b, s...)
		}
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(p.Lat))
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(p.Lon))
		if p.HasCoords {
			b = append(b, 1)
		} else {
			b = append(b, 0)
		}
		for _, n := range [...]int{p.Population, p.Count, p.Line} {
			b = binary.AppendVarint(b, int64(n))
		}
		b = binary.AppendUvarint(b, uint64(len(p.Segments)))
		for _, n := range p.Segments {
			b = binary.AppendVarint(b, int64(n))
		}
	}
	b = binary.AppendUvarint(b, uint64(len(r.Operations)))
	for _, s := range r.Operations {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	b = binary.AppendUvarint(b, uint64(len(r.Warnings)))
	for _, w := range r.Warnings {
		for _, n := range [...]int{w.Line, w.Col, w.Length} {
			b = binary.AppendVarint(b, int64(n))
		}
		b = binary.AppendUvarint(b, uint64(len(w.Message)))
		b = append(b, w.Message...)
	}
	return b, nil
}

// GobDecode implements gob.GobDecoder.
func (c *cachedAnnotations) GobDecode(data []byte) error {
	if len(data) == 1 && data[0] == 0 {
		c.Result = nil
		return nil
	}
	r := codecReader{data: string(data)} // one copy; the strings share it
	if r.byte() != annotationsCodecVersion {
		return errAnnotationsCodec
	}
	res := &annotate.Result{}
	if n := r.count(); n > 0 {
		res.Places = make([]annotate.PlaceMention, n)
		for i := range res.Places {
			p := &res.Places[i]
			p.Place = place.Place{ID: r.varint(), Name: r.string(), Slug: r.string(), Kind: r.string(), Country: r.string(), Region: r.string()}
			p.Text = r.string()
			p.Lat, p.Lon = r.float(), r.float()
			p.HasCoords = r.byte() == 1
			p.Population, p.Count, p.Line = int(r.varint()), int(r.varint()), int(r.varint())
			if k := r.count(); k > 0 {
				p.Segments = make([]int, k)
				for j := range p.Segments {
					p.Segments[j] = int(r.varint())
				}
			}
		}
	}
	if n := r.count(); n > 0 {
		res.Operations = make([]string, n)
		for i := range res.Operations {
			res.Operations[i] = r.string()
		}
	}
	if n := r.count(); n > 0 {
		res.Warnings = make([]annotate.Warning, n)
		for i := range res.Warnings {
			res.Warnings[i] = annotate.Warning{Line: int(r.varint()), Col: int(r.varint()), Length: int(r.varint()), Message: r.string()}
		}
	}
	if r.bad || len(r.data) != 0 {
		return errAnnotationsCodec
	}
	c.Result = res
	return nil
}

// codecReader reads what GobEncode wrote; a problem sets bad and empties the input.
type codecReader struct {
	data string
	bad  bool
}

func (r *codecReader) fail() {
	r.bad, r.data = true, ""
}

func (r *codecReader) byte() byte {
	if len(r.data) == 0 {
		r.fail()
		return 0
	}
	b := r.data[0]
	r.data = r.data[1:]
	return b
}

func (r *codecReader) uvarint() uint64 {
	var x uint64
	for s, i := uint(0), 0; i < binary.MaxVarintLen64; i, s = i+1, s+7 {
		if i >= len(r.data) {
			break
		}
		b := r.data[i]
		if b < 0x80 {
			r.data = r.data[i+1:]
			return x | uint64(b)<<s
		}
		x |= uint64(b&0x7f) << s
	}
	r.fail()
	return 0
}

func (r *codecReader) varint() int64 {
	u := r.uvarint()
	x := int64(u >> 1)
	if u&1 != 0 {
		x = ^x
	}
	return x
}

// count reads a length, which cannot exceed the bytes left.
func (r *codecReader) count() int {
	n := r.uvarint()
	if n > uint64(len(r.data)) {
		r.fail()
		return 0
	}
	return int(n)
}

func (r *codecReader) string() string {
	n := r.count()
	s := r.data[:n]
	r.data = r.data[n:]
	return s
}

func (r *codecReader) float() float64 {
	if len(r.data) < 8 {
		r.fail()
		return 0
	}
	var u uint64
	for i := 7; i >= 0; i-- {
		u = u<<8 | uint64(r.data[i])
	}
	r.data = r.data[8:]
	return math.Float64frombits(u)
}
