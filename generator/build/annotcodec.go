package build

import (
	"encoding/binary"
	"errors"

	"github.com/sitrep-archive/sitrep/generator/annotate"
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
	res, err := decodeAnnotations(string(data)) // one copy; the strings share it
	if err != nil {
		return err
	}
	c.Result = res
	return nil
}
