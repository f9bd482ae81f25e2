package build

import (
	"encoding/binary"
	"errors"

	"github.com/sitrep-archive/sitrep/generator/annotate"
	"github.com/sitrep-archive/sitrep/generator/annotate/place"
	"github.com/sitrep-archive/sitrep/generator/internal/wire"
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
			b = wire.AppendString(b, s)
		}
		b = wire.AppendFloat64(b, p.Lat)
		b = wire.AppendFloat64(b, p.Lon)
		b = wire.AppendBool(b, p.HasCoords)
		for _, n := range [...]int{p.Population, p.Count, p.Line, p.Actor} {
			b = binary.AppendVarint(b, int64(n))
		}
		b = binary.AppendUvarint(b, uint64(len(p.Segments)))
		for _, n := range p.Segments {
			b = binary.AppendVarint(b, int64(n))
		}
	}
	b = binary.AppendUvarint(b, uint64(len(r.Operations)))
	for _, s := range r.Operations {
		b = wire.AppendString(b, s)
	}
	b = binary.AppendUvarint(b, uint64(len(r.Warnings)))
	for _, w := range r.Warnings {
		for _, n := range [...]int{w.Line, w.Col, w.Length} {
			b = binary.AppendVarint(b, int64(n))
		}
		b = wire.AppendString(b, w.Message)
	}
	return b, nil
}

// GobDecode implements gob.GobDecoder.
func (c *cachedAnnotations) GobDecode(data []byte) error {
	if len(data) == 1 && data[0] == 0 {
		c.Result = nil
		return nil
	}
	r := wire.NewReader(string(data)) // one copy; the strings share it
	if r.Byte() != annotationsCodecVersion {
		return errAnnotationsCodec
	}
	res := &annotate.Result{}
	if n := r.Count(1); n > 0 {
		res.Places = make([]annotate.PlaceMention, n)
		for i := range res.Places {
			p := &res.Places[i]
			p.Place = &place.Place{ID: r.Varint(), Name: r.Str(), Slug: r.Str(), Kind: r.Str(), Country: r.Str(), Region: r.Str()}
			p.Text = r.Str()
			p.Lat, p.Lon = r.Float64(), r.Float64()
			p.HasCoords = r.Bool()
			p.Population, p.Count, p.Line, p.Actor = int(r.Varint()), int(r.Varint()), int(r.Varint()), int(r.Varint())
			if k := r.Count(1); k > 0 {
				p.Segments = make([]int, k)
				for j := range p.Segments {
					p.Segments[j] = int(r.Varint())
				}
			}
		}
	}
	if n := r.Count(1); n > 0 {
		res.Operations = make([]string, n)
		for i := range res.Operations {
			res.Operations[i] = r.Str()
		}
	}
	if n := r.Count(1); n > 0 {
		res.Warnings = make([]annotate.Warning, n)
		for i := range res.Warnings {
			res.Warnings[i] = annotate.Warning{Line: int(r.Varint()), Col: int(r.Varint()), Length: int(r.Varint()), Message: r.Str()}
		}
	}
	if r.Err() != nil || r.Len() != 0 {
		return errAnnotationsCodec
	}
	c.Result = res
	return nil
}
