package build

import (
	"encoding/binary"
	"errors"
	"os"
	"unsafe"

	"github.com/sitrep-archive/sitrep/generator/annotate"
	"github.com/sitrep-archive/sitrep/generator/annotate/place"
	"github.com/sitrep-archive/sitrep/generator/content"
	"github.com/sitrep-archive/sitrep/generator/diag"
	"github.com/sitrep-archive/sitrep/generator/internal/wire"
)

// A docs file (docs-NN) is read by every incremental build: some 44 MB at 10,000 briefings.
// gob spent a quarter of a second of processor time decoding them, and made hundreds of
// thousands of small objects for the collector to trace. This codec writes each cachedDoc as
// varints and strings; the file is read whole, and the strings, the packed figures and the
// places' names of the briefings it holds share its bytes, which are never changed after.
//
// A file that does not read, or whose magic differs, makes the cache not apply (a full build).

const shardMagic = "sitrep docs 1\n"

var errShardCodec = errors.New("build: a docs file does not read")

// encodeShard encodes docs.
func encodeShard(docs []cachedDoc) ([]byte, error) { return appendShard(make([]byte, 0, 1<<16), docs) }

// appendShard appends the encoding of docs to b.
func appendShard(b []byte, docs []cachedDoc) ([]byte, error) {
	b = append(b, shardMagic...)
	b = binary.AppendUvarint(b, uint64(len(docs)))
	for i := range docs {
		var err error
		if b, err = appendCachedDoc(b, &docs[i]); err != nil {
			return nil, err
		}
	}
	return b, nil
}

func appendInts(b []byte, ns ...int) []byte {
	for _, n := range ns {
		b = binary.AppendVarint(b, int64(n))
	}
	return b
}

func appendDiags(b []byte, l diag.List) ([]byte, error) {
	b = binary.AppendUvarint(b, uint64(len(l)))
	for _, d := range l {
		if d == nil {
			return nil, errors.New("build: a nil diagnostic")
		}
		b = appendInts(b, int(d.Severity), d.Line, d.Col, d.Length)
		for _, s := range [...]string{d.File, d.Message, d.Source, d.Suggestion} {
			b = wire.AppendString(b, s)
		}
	}
	return b, nil
}

func appendCachedDoc(b []byte, d *cachedDoc) ([]byte, error) {
	b = wire.AppendString(b, d.Path)
	b = binary.LittleEndian.AppendUint64(b, d.Sum)
	b = binary.LittleEndian.AppendUint64(b, d.ConvSum)
	if br := d.Briefing; br == nil {
		b = append(b, 0)
	} else {
		if len(br.Body) > 0 {
			return nil, errors.New("build: a cached briefing carries its body")
		}
		b = append(b, 1)
		for _, s := range [...]string{br.Path, br.Format, br.Title} {
			b = wire.AppendString(b, s)
		}
		date, err := br.Date.MarshalBinary() // what gob kept
		if err != nil {
			return nil, err
		}
		b = wire.AppendString(b, string(date))
		b = wire.AppendBool(b, br.HasTime)
		b = wire.AppendStrings(b, br.Theatres)
		b = wire.AppendStrings(b, br.Operations)
		for _, s := range [...]string{br.Author, br.Summary} {
			b = wire.AppendString(b, s)
		}
		b = wire.AppendStrings(b, br.Tags)
		for _, s := range [...]string{br.Slug, br.Source} {
			b = wire.AppendString(b, s)
		}
		b = wire.AppendBool(b, br.Draft)
		b = appendInts(b, br.BodyLine, br.TitlePos.Line, br.TitlePos.Col, br.SlugPos.Line, br.SlugPos.Col)
	}
	var err error
	if b, err = appendDiags(b, d.Diags); err != nil {
		return nil, err
	}
	b = binary.AppendVarint(b, d.BodyOff)
	b = appendInts(b, d.BodyLen, d.WordCount)
	b = wire.AppendString(b, d.Lead)
	ann, err := d.Annotations.GobEncode()
	if err != nil {
		return nil, err
	}
	b = wire.AppendString(b, string(ann))
	b = appendInts(b, d.FigLen)
	b = binary.LittleEndian.AppendUint32(b, d.FigCRC)
	b = wire.AppendString(b, string(d.Figs))
	if b, err = appendDiags(b, d.Warnings); err != nil {
		return nil, err
	}
	b = binary.LittleEndian.AppendUint64(b, d.FigSum)
	b = binary.LittleEndian.AppendUint64(b, d.PlaceSum)
	b = binary.AppendUvarint(b, uint64(len(d.PlaceFigs)))
	for _, v := range d.PlaceFigs {
		b = binary.LittleEndian.AppendUint64(b, v)
	}
	return b, nil
}

// decodeShard decodes a docs file. The strings and slices of the docs share data, which
// must not be changed afterwards.
func decodeShard(data []byte) ([]cachedDoc, error) {
	if len(data) < len(shardMagic) || string(data[:len(shardMagic)]) != shardMagic {
		return nil, errShardCodec
	}
	sr := shardReader{data: data, Reader: wire.NewReader(unsafe.String(unsafe.SliceData(data), len(data)))}
	sr.Take(len(shardMagic))
	n := sr.Count(8)
	docs := make([]cachedDoc, n)
	for i := range docs {
		sr.doc(&docs[i])
		if sr.Err() != nil {
			return nil, errShardCodec
		}
	}
	if sr.Err() != nil || sr.Len() != 0 {
		return nil, errShardCodec
	}
	return docs, nil
}

type shardReader struct {
	wire.Reader
	data []byte
}

func (r *shardReader) int() int { return int(r.Varint()) }

func (r *shardReader) u64() uint64 {
	s := r.Take(8)
	if len(s) < 8 {
		return 0
	}
	return binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s), 8))
}

func (r *shardReader) strings() []string {
	n := r.Count(1)
	if n == 0 {
		return nil // as gob decodes an empty slice
	}
	ss := make([]string, n)
	for i := range ss {
		ss[i] = r.Str()
	}
	return ss
}

// bytes reads a varint length and that many bytes, shared with the file's; nil for none.
func (r *shardReader) bytes() []byte {
	n := r.Count(1)
	p := r.Pos()
	r.Take(n)
	if n == 0 || r.Err() != nil {
		return nil
	}
	return r.data[p : p+n : p+n]
}

func (r *shardReader) diags() diag.List {
	n := r.Count(5)
	if n == 0 {
		return nil
	}
	l := make(diag.List, n)
	ds := make([]diag.Diagnostic, n)
	for i := range l {
		d := &ds[i]
		d.Severity, d.Line, d.Col, d.Length = diag.Severity(r.int()), r.int(), r.int(), r.int()
		d.File, d.Message, d.Source, d.Suggestion = r.Str(), r.Str(), r.Str(), r.Str()
		l[i] = d
	}
	return l
}

func (r *shardReader) doc(d *cachedDoc) {
	d.Path = r.Str()
	d.Sum, d.ConvSum = r.u64(), r.u64()
	switch r.Byte() {
	case 0:
	case 1:
		br := &content.Briefing{}
		br.Path, br.Format, br.Title = r.Str(), r.Str(), r.Str()
		if date := r.Str(); r.Err() == nil {
			if err := br.Date.UnmarshalBinary([]byte(date)); err != nil {
				r.Fail()
			}
		}
		br.HasTime = r.Bool()
		br.Theatres = r.strings()
		br.Operations = r.strings()
		br.Author, br.Summary = r.Str(), r.Str()
		br.Tags = r.strings()
		br.Slug, br.Source = r.Str(), r.Str()
		br.Draft = r.Bool()
		br.BodyLine = r.int()
		br.TitlePos = content.Pos{Line: r.int(), Col: r.int()}
		br.SlugPos = content.Pos{Line: r.int(), Col: r.int()}
		d.Briefing = br
	default:
		r.Fail()
	}
	d.Diags = r.diags()
	d.BodyOff = r.Varint()
	d.BodyLen, d.WordCount = r.int(), r.int()
	d.Lead = r.Str()
	if r.Err() != nil {
		return
	}
	res, err := decodeAnnotations(r.Str())
	if err != nil {
		r.Fail()
		return
	}
	d.Annotations = cachedAnnotations{res}
	d.FigLen = r.int()
	d.FigCRC = r.Uint32()
	d.Figs = r.bytes()
	d.Warnings = r.diags()
	d.FigSum, d.PlaceSum = r.u64(), r.u64()
	if n := r.Count(8); n > 0 {
		d.PlaceFigs = make([]uint64, n)
		for i := range d.PlaceFigs {
			d.PlaceFigs[i] = r.u64()
		}
	}
}

// decodeAnnotations reads what cachedAnnotations.GobEncode wrote; the strings share data.
// The places of one briefing are allocated together, each mention with a place of its own
// (as gob decoded them).
func decodeAnnotations(data string) (*annotate.Result, error) {
	if len(data) == 1 && data[0] == 0 {
		return nil, nil
	}
	r := wire.NewReader(data)
	if r.Byte() != annotationsCodecVersion {
		return nil, errAnnotationsCodec
	}
	res := &annotate.Result{}
	if n := r.Count(1); n > 0 {
		res.Places = make([]annotate.PlaceMention, n)
		places := make([]place.Place, n)
		for i := range res.Places {
			p := &res.Places[i]
			pl := &places[i]
			pl.ID, pl.Name, pl.Slug, pl.Kind, pl.Country, pl.Region = r.Varint(), r.Str(), r.Str(), r.Str(), r.Str(), r.Str()
			p.Place = pl
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
		return nil, errAnnotationsCodec
	}
	return res, nil
}

// readShard reads and decodes the docs file name.
func readShard(name string) ([]cachedDoc, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	return decodeShard(data)
}

// writeShardTo writes docs to the file tmp, removed on failure, encoding them into buf (whose
// bytes it overwrites, and which it returns, grown as needed, for the next shard).
func writeShardTo(tmp string, docs []cachedDoc, buf []byte) ([]byte, error) {
	data, err := appendShard(buf[:0], docs)
	if err != nil {
		return buf, err
	}
	return data, writeOrRemove(tmp, data)
}

// writeOrRemove writes data to the file name, removed on failure.
func writeOrRemove(name string, data []byte) error {
	if err := os.WriteFile(name, data, 0o644); err != nil {
		os.Remove(name)
		return err
	}
	return nil
}

// The state file (the cache's header, every page's signature and every briefing's stamp) is
// read at the start of every incremental build and written at its end; gob took some 30 ms
// of processor time to write its maps at 10,000 briefings. It is written as varints and
// strings too.

const stateMagic = "sitrep state 1\n"

var errStateCodec = errors.New("build: the cache state does not read")

// encodeState encodes cf's header, pages and stamps.
func encodeState(cf *cacheFile) []byte {
	b := make([]byte, 0, 64+40*len(cf.Pages)+64*len(cf.Stamps))
	b = append(b, stateMagic...)
	b = binary.AppendVarint(b, int64(cf.Format))
	b = wire.AppendString(b, cf.Program)
	b = wire.AppendString(b, cf.Options)
	for _, v := range [...]uint64{cf.CfgSum, cf.LayoutSum, cf.Manifest} {
		b = binary.LittleEndian.AppendUint64(b, v)
	}
	for _, v := range cf.Shards {
		b = binary.LittleEndian.AppendUint64(b, v)
	}
	b = binary.AppendVarint(b, cf.Bodies)
	b = binary.AppendVarint(b, cf.BodiesLen)
	if len(cf.Pages) == 0 { // gob read an empty map back as none
		b = append(b, 0)
	} else {
		b = append(b, 1)
		b = binary.AppendUvarint(b, uint64(len(cf.Pages)))
		for p, sig := range cf.Pages {
			b = wire.AppendString(b, p)
			b = binary.LittleEndian.AppendUint64(b, sig)
		}
	}
	b = binary.AppendUvarint(b, uint64(len(cf.Stamps)))
	for p, st := range cf.Stamps {
		b = wire.AppendString(b, p)
		b = binary.AppendVarint(b, st.Size)
		b = binary.AppendVarint(b, st.MTime)
	}
	return b
}

// decodeState decodes a state file into cf; the strings share data.
func decodeState(data []byte, cf *cacheFile) error {
	if len(data) < len(stateMagic) || string(data[:len(stateMagic)]) != stateMagic {
		return errStateCodec
	}
	r := shardReader{data: data, Reader: wire.NewReader(unsafe.String(unsafe.SliceData(data), len(data)))}
	r.Take(len(stateMagic))
	cf.Format = r.int()
	cf.Program, cf.Options = r.Str(), r.Str()
	cf.CfgSum, cf.LayoutSum, cf.Manifest = r.u64(), r.u64(), r.u64()
	for i := range cf.Shards {
		cf.Shards[i] = r.u64()
	}
	cf.Bodies, cf.BodiesLen = r.Varint(), r.Varint()
	cf.Pages = nil
	switch r.Byte() {
	case 0:
	case 1:
		n := r.Count(9)
		cf.Pages = make(map[string]uint64, n)
		for range n {
			p := r.Str()
			cf.Pages[p] = r.u64()
		}
	default:
		r.Fail()
	}
	n := r.Count(3)
	cf.Stamps = make(map[string]stamp, n)
	for range n {
		p := r.Str()
		cf.Stamps[p] = stamp{Size: r.Varint(), MTime: r.Varint()}
	}
	if r.Err() != nil || r.Len() != 0 {
		return errStateCodec
	}
	return nil
}

// readState reads the state file name into cf.
func readState(name string, cf *cacheFile) error {
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	return decodeState(data, cf)
}

// writeState writes cf's state to name through a temporary file.
func writeState(name string, cf *cacheFile) error {
	tmp := name + ".tmp"
	if err := os.WriteFile(tmp, encodeState(cf), 0o644); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, name); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}
