package build

import (
	"encoding/binary"
	"errors"
	"hash/crc32"
	"os"
	"path/filepath"
	"sync"

	"github.com/sitrep-archive/sitrep/generator/render"
	"github.com/sitrep-archive/sitrep/generator/site"
)

// annotations.json holds every briefing's figures and places: tens of megabytes for a large
// archive, and a tenth of a second or more to encode. Every build that changes a briefing
// changes it. So a build with a build cache notes, beside the cache ("annotations"), where
// each briefing's part is in the file it wrote, with the file's size and checksum; the next
// build reads the file back and copies the parts of the briefings it did not convert again
// (render.ReuseAnnotations), encoding only the others. The note is checked against the file
// in the destination (size and CRC-32C): a file changed since, or a note that does not read,
// only means that everything is encoded.

const (
	annotationsNoteName  = "annotations"
	annotationsNoteMagic = "sitrep annotations parts 1\n"
	annotationsPage      = "annotations.json"
)

// annotationsNote is what a build notes of the annotations.json it wrote.
type annotationsNote struct {
	size  int
	crc   uint32
	parts map[string]render.AnnotationPart // by briefing file
}

// writeAnnotationsNote notes the last encoding of the model's annotations.json in dir. When
// the build did not encode it (the page was kept as it was), the note is left as it is: it
// still describes the file, or is found not to.
func writeAnnotationsNote(dir string, model *site.Site, tmpl *render.Templates) {
	name := filepath.Join(dir, annotationsNoteName)
	enc, ok := tmpl.LastAnnotations(model)
	if !ok || len(enc.Parts) != len(model.Briefings) || !hasAnnotationsPage(model) {
		return
	}
	buf := append(make([]byte, 0, 64*len(model.Briefings)), annotationsNoteMagic...)
	buf = binary.AppendUvarint(buf, uint64(enc.Size))
	buf = binary.LittleEndian.AppendUint32(buf, enc.CRC)
	buf = binary.AppendUvarint(buf, uint64(len(model.Briefings)))
	for i, b := range model.Briefings {
		buf = binary.AppendUvarint(buf, uint64(len(b.Path)))
		buf = append(buf, b.Path...)
		buf = binary.AppendUvarint(buf, uint64(enc.Parts[i].Off))
		buf = binary.AppendUvarint(buf, uint64(enc.Parts[i].Len))
	}
	tmp := name + ".tmp"
	if err := os.WriteFile(tmp, buf, 0o644); err != nil || os.Rename(tmp, name) != nil {
		os.Remove(tmp)
		os.Remove(name)
	}
}

// readAnnotationsNote reads the note in dir.
func readAnnotationsNote(dir string) (*annotationsNote, error) {
	data, err := os.ReadFile(filepath.Join(dir, annotationsNoteName))
	if err != nil {
		return nil, err
	}
	bad := errors.New("build: the annotations note does not read")
	if len(data) < len(annotationsNoteMagic) || string(data[:len(annotationsNoteMagic)]) != annotationsNoteMagic {
		return nil, bad
	}
	rest := data[len(annotationsNoteMagic):]
	uv := func() (uint64, bool) {
		v, n := binary.Uvarint(rest)
		if n <= 0 {
			return 0, false
		}
		rest = rest[n:]
		return v, true
	}
	size, ok := uv()
	if !ok || len(rest) < 4 {
		return nil, bad
	}
	note := &annotationsNote{size: int(size), crc: binary.LittleEndian.Uint32(rest)}
	rest = rest[4:]
	count, ok := uv()
	if !ok || count > uint64(len(rest)) {
		return nil, bad
	}
	note.parts = make(map[string]render.AnnotationPart, count)
	for range count {
		n, ok := uv()
		if !ok || n > uint64(len(rest)) {
			return nil, bad
		}
		path := string(rest[:n])
		rest = rest[n:]
		off, ok1 := uv()
		length, ok2 := uv()
		if !ok1 || !ok2 || off > size || length > size-off {
			return nil, bad
		}
		note.parts[path] = render.AnnotationPart{Off: int(off), Len: int(length)}
	}
	if len(rest) != 0 {
		return nil, bad
	}
	return note, nil
}

// reuseAnnotations gives the templates, for the model's briefings that this build did not
// convert again, their parts of the annotations.json in the destination, when the note in
// the cache describes that file. It returns a function that tells the number of parts used
// (once the page is rendered), and a function that lets go of the file, to be called once
// the page is rendered. The file is mapped, not read: a build replaces it by a rename, so
// the mapping keeps the old bytes. Its checksum is checked on another goroutine, while the
// pages are signed and rendered; the encoding waits for it before it copies a part, and
// encodes every briefing when the file is not the one the note describes.
func (s *Session) reuseAnnotations(dir, dest string, model *site.Site) (func() int, func()) {
	none := func() {}
	zero := func() int { return 0 }
	if !hasAnnotationsPage(model) || s.tmpl == nil {
		return zero, none
	}
	note, err := readAnnotationsNote(dir)
	if err != nil {
		return zero, none
	}
	data, unmap, err := mapFile(filepath.Join(dest, annotationsPage))
	if err != nil {
		return zero, none
	}
	if len(data) != note.size {
		unmap()
		return zero, none
	}
	parts := make([][]byte, len(model.Briefings))
	reused := 0
	for i, b := range model.Briefings {
		d := s.docs[b.Path]
		if d == nil || d.bodyOff < 0 { // converted by this build
			continue
		}
		if p, ok := note.parts[b.Path]; ok {
			parts[i] = data[p.Off : p.Off+p.Len : p.Off+p.Len]
			reused++
		}
	}
	if reused == 0 {
		unmap()
		return zero, none
	}
	valid := make(chan bool, 1)
	go func() {
		// A chunk at a time, each handed back once summed: the file's pages are read back
		// part by part when it is encoded again.
		var crc uint32
		for off := 0; off < len(data); off += checkChunk {
			chunk := data[off:min(off+checkChunk, len(data))]
			crc = crc32.Update(crc, castagnoliTable, chunk)
			dropResident(chunk)
		}
		valid <- crc == note.crc
	}()
	var ok, checked bool
	check := func() bool { // called at most once by the encoding, and by the functions returned
		if !checked {
			ok, checked = <-valid, true
		}
		return ok
	}
	// The pages of the file copied so far are handed back as the encoding goes.
	var mu sync.Mutex
	s.tmpl.ReuseAnnotationsIf(model, parts, func() { dropResident(data) }, func() bool {
		mu.Lock()
		defer mu.Unlock()
		return check()
	})
	count := func() int {
		mu.Lock()
		defer mu.Unlock()
		if !check() {
			return 0
		}
		return reused
	}
	return count, func() {
		mu.Lock()
		check() // the checksum is done with the file
		mu.Unlock()
		s.tmpl.ReuseAnnotations(model, make([][]byte, len(model.Briefings)), nil) // no slice of the file is kept
		unmap()
	}
}

// checkChunk is how much of the old annotations.json is summed before it is handed back.
const checkChunk = 4 << 20

var castagnoliTable = crc32.MakeTable(crc32.Castagnoli)

// hasAnnotationsPage reports whether the model has annotations.json.
func hasAnnotationsPage(model *site.Site) bool {
	for i := len(model.Pages) - 1; i >= 0; i-- {
		if p := model.Pages[i]; p.Kind == "annotations" && p.OutPath == annotationsPage {
			return true
		}
	}
	return false
}
