package render

import (
	"hash/crc32"
	"io"
	"math"
	"strconv"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/sitrep-archive/sitrep/generator/annotate"
	"github.com/sitrep-archive/sitrep/generator/annotate/gazetteer"
	"github.com/sitrep-archive/sitrep/generator/content"
	"github.com/sitrep-archive/sitrep/generator/site"
)

// AnnotationsVersion is the "version" of annotations.json.
const AnnotationsVersion = 1

// annotationsJSON encodes every briefing's figures and places, the machine-readable export
// of the annotation stage (layouts/annotations.json prints it). Rows are arrays, to keep the
// file small; "columns" names their fields:
//
//	{"version":1,"attribution":"…",
//	 "columns":{"figure":["text","kind","value","min","max","unit","qualifier","si","siUnit","line","check","checkMessage","per","parts"],
//	            "place":["text","name","slug","country","region","lat","lon","id","count","line"]},
//	 "briefings":[{"url":"…","file":"content/…md","title":"…","date":"2017-10-17",
//	               "figures":[[…],…],"places":[[…],…]},…]}
//
// min and max are null unless the figure is a range; si and siUnit are null where no SI
// value applies; check is null, true or false (a restated figure's conversion check); lat
// and lon are null for a place without coordinates; id is the gazetteer id (GeoNames id, or
// negative for curated and site places).
func annotationsJSON(s *site.Site) (string, error) {
	return (&annotationCache{}).encode(s), nil
}

// annotationCache keeps each briefing's encoded part between builds of the same site (the
// dev server's rebuilds), so an edit re-encodes only the briefings it changed. A part is
// reused when the briefing (at the same place in the list, or anywhere after briefings came
// or went) has the very same file, URL and annotation results as the last time.
type annotationCache struct {
	mu    sync.Mutex
	keys  []annotationKey // of the briefings of the last encoding, in order
	parts [][]byte
	// release, when set, is called as parts given by ReuseAnnotations have been copied (every
	// releaseEvery bytes, and at the end): they may be pages of a mapped file to hand back.
	release func()
	// valid, when set, tells the next encoding whether it may use the parts given by
	// ReuseAnnotationsIf (else it encodes every briefing); it is called once.
	valid       func() bool
	againBefore bool // again before ReuseAnnotationsIf set it
	size        int  // of the last file, to allocate the next at once
	again       bool // encode was called before, or will be: the site is being rebuilt, keep the parts
	// last describes the last encoding, of the model lastSite.
	last     EncodedAnnotations
	lastSite *site.Site
}

// EncodedAnnotations describes an encoding of annotations.json: where each briefing's part
// is, and the whole file's size and checksum. A build keeps it beside the output, so that
// the next build can take the parts of the briefings it did not change from the file
// instead of encoding them again (ReuseAnnotations).
type EncodedAnnotations struct {
	Parts []AnnotationPart // by briefing, in the model's order
	Size  int
	CRC   uint32 // CRC-32C (Castagnoli) of the whole file
}

// AnnotationPart is where one briefing's object is in annotations.json.
type AnnotationPart struct{ Off, Len int }

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// LastAnnotations describes the last encoding of annotations.json, when it was of s and the
// annotations page prints the encoding as it is ({{annotations .Site}}): then the page's
// bytes are the encoding's.
func (t *Templates) LastAnnotations(s *site.Site) (EncodedAnnotations, bool) {
	if t.encoders["annotations"] == nil {
		return EncodedAnnotations{}, false
	}
	c := &t.annotations
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.lastSite != s || s == nil {
		return EncodedAnnotations{}, false
	}
	return c.last, true
}

// ReuseAnnotations gives the next encoding of annotations.json for s the parts of the
// briefings whose parts[i] is not nil, as a part of an earlier encoding of the same
// briefing (same file, URL and annotations): they are copied, not encoded again. parts is
// indexed as s.Briefings, and its slices must not change until the encoding is done.
// release, if not nil, is called now and then while the parts are copied, and after the
// last: the parts read so far are not needed again by that encoding (they may still be read
// by a later one).
func (t *Templates) ReuseAnnotations(s *site.Site, parts [][]byte, release func()) {
	t.ReuseAnnotationsIf(s, parts, release, nil)
}

// ReuseAnnotationsIf is ReuseAnnotations, but the next encoding first asks valid (when not
// nil) whether the parts may be used: a check of where they come from that can run while
// other pages render. When it says no, every briefing is encoded.
func (t *Templates) ReuseAnnotationsIf(s *site.Site, parts [][]byte, release func(), valid func() bool) {
	c := &t.annotations
	c.mu.Lock()
	defer c.mu.Unlock()
	c.keys, c.parts, c.size, c.release, c.valid = make([]annotationKey, len(s.Briefings)), parts, 0, release, valid
	c.againBefore = c.again
	for i, b := range s.Briefings {
		if parts[i] != nil {
			c.keys[i] = keyOf(b)
		}
		c.size += len(parts[i]) + 1
	}
	c.again = true
}

type annotationKey struct {
	file      *content.Briefing
	permalink string
	figures   *site.Figures
	places    *annotate.PlaceMention
	nPlaces   int
}

func keyOf(b *site.Briefing) annotationKey {
	k := annotationKey{file: b.Briefing, permalink: b.Permalink, figures: b.PackedFigures(), nPlaces: len(b.Places)}
	if len(b.Places) > 0 {
		k.places = &b.Places[0]
	}
	return k
}

const annotationsHead = `{"version":1,"attribution":`

func (c *annotationCache) encode(s *site.Site) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.checkParts()
	keep := c.again
	var keys []annotationKey
	var parts [][]byte
	var moved map[annotationKey][]byte
	if keep {
		keys, parts = make([]annotationKey, len(s.Briefings)), make([][]byte, len(s.Briefings))
	}
	size := c.size + c.size/8
	if size == 0 { // the first encoding: an estimate from the counts, so the buffer is not regrown
		for _, b := range s.Briefings {
			size += 256 + 96*b.FigureCount() + 128*len(b.Places)
		}
	}
	buf := appendAnnotationsHead(make([]byte, 0, max(1<<16, size)))
	spans := make([]AnnotationPart, len(s.Briefings))
	copied := 0 // bytes of reused parts since the last release
	for i, b := range s.Briefings {
		if i > 0 {
			buf = append(buf, ',')
		}
		start := len(buf)
		if !keep { // a single build (the common case) keeps no parts: it never asks again
			buf = appendBriefingAnnotations(buf, b)
			spans[i] = AnnotationPart{start, len(buf) - start}
			continue
		}
		k := keyOf(b)
		part := c.part(i, k, b, &moved)
		keys[i], parts[i] = k, part
		buf = append(buf, part...)
		spans[i] = AnnotationPart{start, len(part)}
		if copied += len(part); copied >= releaseEvery && c.release != nil {
			c.release()
			copied = 0
		}
	}
	if c.release != nil {
		c.release()
	}
	buf = append(buf, "]}"...)
	c.size = len(buf)
	c.keys, c.parts, c.again = keys, parts, true
	c.last = EncodedAnnotations{Parts: spans, Size: len(buf), CRC: crc32.Checksum(buf, castagnoli)}
	c.lastSite = s
	return unsafe.String(unsafe.SliceData(buf), len(buf)) // buf is not used again
}

// part returns the encoded annotations of briefing b, the i-th of the site, whose key is k: the
// last build's part for the same key when it has one (at the same index, or else looked up in
// *moved, the last parts by key, made on first need: briefings came or went), else b encoded
// afresh.
func (c *annotationCache) part(i int, k annotationKey, b *site.Briefing, moved *map[annotationKey][]byte) []byte {
	if i < len(c.keys) && c.keys[i] == k {
		return c.parts[i]
	}
	if *moved == nil {
		*moved = make(map[annotationKey][]byte, len(c.keys))
		for j, k := range c.keys {
			(*moved)[k] = c.parts[j]
		}
	}
	if part := (*moved)[k]; part != nil {
		return part
	}
	return appendBriefingAnnotations(nil, b)
}

// checkParts drops the parts given by ReuseAnnotationsIf when valid says they may not be
// used (c.mu held).
func (c *annotationCache) checkParts() {
	if c.valid == nil {
		return
	}
	if !c.valid() {
		c.keys, c.parts, c.again = nil, nil, c.againBefore
	}
	c.valid = nil
}

// releaseEvery is how many bytes of reused parts encode copies between calls of release.
const releaseEvery = 4 << 20

// appendAnnotationsHead appends what comes before the first briefing.
func appendAnnotationsHead(buf []byte) []byte {
	buf = append(buf, annotationsHead...)
	buf = appendJSONString(buf, gazetteer.Attribution)
	return append(buf, `,"columns":{"figure":["text","kind","value","min","max","unit","qualifier","si","siUnit","line","check","checkMessage","per","parts"],"place":["text","name","slug","country","region","lat","lon","id","count","line"]},"briefings":[`...)
}

// annotationsChunk is how much encodeTo gathers before it writes.
const annotationsChunk = 256 << 10

// encodeTo writes to w the bytes encode returns, a chunk at a time as they are encoded, so
// that the whole file (45 MB at 10,000 briefings) is never in memory: for a single build,
// which keeps no parts, and for one given parts to reuse (encodeKeptTo).
// The last encoding is described (LastAnnotations) as encode describes it.
func (c *annotationCache) encodeTo(w io.Writer, s *site.Site) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.checkParts()
	if c.again {
		return c.encodeKeptTo(w, s)
	}
	cw := newChunkWriter(w)
	spans := make([]AnnotationPart, len(s.Briefings))
	for i, b := range s.Briefings {
		if i > 0 {
			cw.buf = append(cw.buf, ',')
		}
		start := cw.offset()
		cw.buf = appendBriefingAnnotations(cw.buf, b)
		spans[i] = AnnotationPart{start, cw.offset() - start}
		if len(cw.buf) >= annotationsChunk {
			cw.flush()
		}
	}
	cw.buf = append(cw.buf, "]}"...)
	cw.flush()
	if cw.err != nil {
		return cw.err
	}
	c.size = cw.written
	c.keys, c.parts, c.again = nil, nil, true
	c.last = EncodedAnnotations{Parts: spans, Size: cw.written, CRC: cw.crc}
	c.lastSite = s
	return nil
}

// encodeKeptTo is encode, written to w a chunk at a time rather than made whole in memory
// (c.mu held): the parts it reuses are copied to w from where they are (a mapped file), and
// only the parts it encodes are kept in memory, for the next encoding.
func (c *annotationCache) encodeKeptTo(w io.Writer, s *site.Site) error {
	keys, parts := make([]annotationKey, len(s.Briefings)), make([][]byte, len(s.Briefings))
	var moved map[annotationKey][]byte
	cw := newChunkWriter(w)
	spans := make([]AnnotationPart, len(s.Briefings))
	copied := 0 // bytes of reused parts since the last release
	for i, b := range s.Briefings {
		if i > 0 {
			cw.buf = append(cw.buf, ',')
		}
		k := keyOf(b)
		part := c.part(i, k, b, &moved)
		keys[i], parts[i] = k, part
		spans[i] = AnnotationPart{cw.offset(), len(part)}
		if len(cw.buf)+len(part) > annotationsChunk {
			cw.flush()
			spans[i].Off = cw.written
		}
		if len(part) >= annotationsChunk {
			cw.writeDirect(part)
		} else {
			cw.buf = append(cw.buf, part...)
		}
		if copied += len(part); copied >= releaseEvery && c.release != nil {
			cw.flush() // what release hands back is not read again
			c.release()
			copied = 0
		}
	}
	cw.buf = append(cw.buf, "]}"...)
	cw.flush()
	if c.release != nil {
		c.release()
	}
	if cw.err != nil {
		return cw.err
	}
	c.size = cw.written
	c.keys, c.parts, c.again = keys, parts, true
	c.last = EncodedAnnotations{Parts: spans, Size: cw.written, CRC: cw.crc}
	c.lastSite = s
	return nil
}

// chunkWriter writes annotations.json to w a chunk at a time, keeping the CRC-32C and the
// length of what it wrote; the first error stops the writes and is kept.
type chunkWriter struct {
	w       io.Writer
	buf     []byte // not yet written; starts with the file's head
	crc     uint32
	written int
	err     error
}

func newChunkWriter(w io.Writer) *chunkWriter {
	return &chunkWriter{w: w, buf: appendAnnotationsHead(make([]byte, 0, annotationsChunk+annotationsChunk/4))}
}

// offset is where the next byte appended to buf will be in the file.
func (cw *chunkWriter) offset() int { return cw.written + len(cw.buf) }

// flush writes buf.
func (cw *chunkWriter) flush() {
	cw.writeDirect(cw.buf)
	cw.buf = cw.buf[:0]
}

// writeDirect writes p, which must follow everything buf held (buf flushed).
func (cw *chunkWriter) writeDirect(p []byte) {
	cw.crc = crc32.Update(cw.crc, castagnoli, p)
	cw.written += len(p)
	if cw.err == nil {
		_, cw.err = cw.w.Write(p)
	}
}

func appendBriefingAnnotations(b []byte, br *site.Briefing) []byte {
	b = append(b, `{"url":`...)
	b = appendJSONString(b, br.Permalink)
	b = append(b, `,"file":`...)
	b = appendJSONString(b, br.Path)
	b = append(b, `,"title":`...)
	b = appendJSONString(b, br.Title)
	b = append(b, `,"date":"`...)
	b = br.Date.AppendFormat(b, "2006-01-02")
	b = append(b, `","figures":[`...)
	br.PackedFigures().Each(func(i int, f *annotate.Figure) {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '[')
		b = appendJSONString(b, f.Text)
		b = append(b, ',')
		b = appendJSONString(b, string(f.Kind))
		b = append(b, ',')
		b = appendJSONNumber(b, f.Value)
		if f.IsRange {
			b = append(b, ',')
			b = appendJSONNumber(b, f.Min)
			b = append(b, ',')
			b = appendJSONNumber(b, f.Max)
		} else {
			b = append(b, ",null,null"...)
		}
		b = append(b, ',')
		b = appendJSONString(b, f.Unit)
		b = append(b, ',')
		b = appendJSONString(b, f.Qualifier)
		if f.SIUnit != "" {
			b = append(b, ',')
			b = appendJSONNumber(b, f.SI)
			b = append(b, ',')
			b = appendJSONString(b, f.SIUnit)
		} else {
			b = append(b, ",null,null"...)
		}
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(f.Line), 10)
		if f.Check != nil {
			b = append(b, ',')
			b = strconv.AppendBool(b, f.Check.OK)
			b = append(b, ',')
			b = appendJSONString(b, f.Check.Message)
		} else {
			b = append(b, ",null,null"...)
		}
		if f.Per != "" {
			b = append(b, ',')
			b = appendJSONString(b, f.Per)
		} else {
			b = append(b, ",null"...)
		}
		if f.IsList && len(f.Parts) > 0 {
			// a list's items: "12, 25, 140 and 240 µm" → [12,25,140,240]
			b = append(b, ",["...)
			for k, p := range f.Parts {
				if k > 0 {
					b = append(b, ',')
				}
				b = appendJSONNumber(b, p.Value)
			}
			b = append(b, ']')
		} else {
			b = append(b, ",null"...)
		}
		b = append(b, ']')
	})
	b = append(b, `],"places":[`...)
	for i, p := range br.Places {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '[')
		for j, str := range [...]string{p.Text, p.Name, p.Slug, p.Country, p.Region} {
			if j > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, str)
		}
		if p.HasCoords {
			b = append(b, ',')
			b = appendJSONNumber(b, p.Lat)
			b = append(b, ',')
			b = appendJSONNumber(b, p.Lon)
		} else {
			b = append(b, ",null,null"...)
		}
		b = append(b, ',')
		b = strconv.AppendInt(b, p.ID, 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(p.Count), 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(p.Line), 10)
		b = append(b, ']')
	}
	return append(b, "]}"...)
}

// appendJSONNumber writes f as encoding/json does; NaN and infinities, which JSON cannot
// hold, become null.
func appendJSONNumber(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(b, "null"...)
	}
	format := byte('f')
	if a := math.Abs(f); a != 0 && (a < 1e-6 || a >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// "1e-07" → "1e-7", as encoding/json writes it.
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// appendJSONString writes s as a JSON string: quotes, backslashes and control characters
// escaped, everything else (HTML characters included) as it is; invalid UTF-8 becomes U+FFFD.
func appendJSONString(b []byte, s string) []byte { return appendQuoted(b, s, quotePlain) }

// appendLDString writes s as encoding/json does by default, for JSON inside a script
// element: as appendJSONString, and <, > and & escaped too, \b and \f short, invalid UTF-8
// as the escape \ufffd.
func appendLDString(b []byte, s string) []byte { return appendQuoted(b, s, quoteLD) }

// appendNoHTMLString writes s as an encoding/json Encoder with SetEscapeHTML(false) does: as
// appendLDString, but <, > and & as they are.
func appendNoHTMLString(b []byte, s string) []byte { return appendQuoted(b, s, quoteNoHTML) }

// quoteMode is how appendQuoted escapes: quotePlain is appendJSONString; quoteLD and
// quoteNoHTML are encoding/json's escaping, with and without its HTML escapes.
type quoteMode uint8

const (
	quotePlain quoteMode = iota
	quoteLD
	quoteNoHTML
)

// appendQuoted writes s as a JSON string, escaped as mode says.
func appendQuoted(b []byte, s string, mode quoteMode) []byte {
	const hex = "0123456789abcdef"
	asEncodingJSON, escapeHTML := mode != quotePlain, mode == quoteLD
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && !(escapeHTML && (c == '<' || c == '>' || c == '&')) {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c == '\t':
				b = append(b, '\\', 't')
			case c == '\b' && asEncodingJSON:
				b = append(b, '\\', 'b')
			case c == '\f' && asEncodingJSON:
				b = append(b, '\\', 'f')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			if asEncodingJSON {
				b = append(b, `\ufffd`...)
			} else {
				b = append(b, "\ufffd"...)
			}
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
