package content

import (
	"bytes"
	"fmt"
	"io/fs"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/sitrep-archive/sitrep/generator/diag"
)

// Dir is the folder of briefings in a site.
const Dir = "content"

// Options choose which briefings Load keeps.
type Options struct {
	Drafts bool      // keep drafts
	Future bool      // keep briefings dated after Now
	Now    time.Time // the build's time; the zero value keeps everything dated
}

// Load reads every briefing under content/ in fsys, sorted newest first (then by path).
// Drafts and future-dated briefings are left out unless opts says otherwise. The error is a
// diag.List with every problem found.
func Load(fsys fs.FS, opts Options) ([]*Briefing, error) {
	paths, err := List(fsys)
	if err != nil {
		return nil, err
	}
	type result struct {
		b     *Briefing
		diags diag.List
	}
	results := make([]result, len(paths))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				data, err := fs.ReadFile(fsys, paths[i])
				if err != nil {
					results[i].diags = diag.List{diag.Errorf(paths[i], 0, 0, "cannot read: %v", err)}
					continue
				}
				results[i].b, results[i].diags = Parse(paths[i], data)
			}
		}()
	}
	for i := range paths {
		next <- i
	}
	close(next)
	wg.Wait()

	var diags diag.List
	var out []*Briefing
	for _, r := range results {
		diags = append(diags, r.diags...)
		if r.b == nil || len(r.diags.Errors()) > 0 {
			continue
		}
		if opts.Keeps(r.b) {
			out = append(out, r.b)
		}
	}
	diags = append(diags, CheckURLs(out)...)
	Sort(out)
	diags.Sort()
	if len(diags) > 0 {
		return out, diags
	}
	return out, nil
}

// List returns the paths of the briefing files under content/, sorted.
func List(fsys fs.FS) ([]string, error) {
	var paths []string
	err := fs.WalkDir(fsys, Dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == Dir {
				return fs.SkipAll
			}
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if p != Dir && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return fs.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(name, ".md") && !strings.HasPrefix(name, ".") {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("content: %w", err)
	}
	sort.Strings(paths)
	return paths, nil
}

// Parse decodes one briefing file. name is its path for diagnostics. It returns the briefing
// (nil when the frontmatter cannot be read at all) and every problem found.
func Parse(name string, data []byte) (*Briefing, diag.List) {
	var diags diag.List
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, size := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		line, col := lineCol(data, off)
		d := diag.Errorf(name, line, col, "the file is not valid UTF-8 (byte 0x%02x at offset %d)", data[off], off)
		d.Suggestion = "save the file as UTF-8"
		return nil, diag.List{d}
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	r, body, err := split(data)
	if err != nil {
		return nil, diag.List{diag.Errorf(name, 1, 1, "cannot read frontmatter: %v", err).WithSource(data)}
	}
	if r == nil {
		d := diag.Errorf(name, 1, 1, "no frontmatter: a briefing starts with --- (YAML), +++ (TOML) or { (JSON)").WithSource(data)
		return nil, diag.List{d}
	}
	b := &Briefing{Path: name, Format: r.format, Body: body}
	b.BodyLine = 1 + bytes.Count(data[:len(data)-len(body)], []byte("\n"))
	m, pos, err := decodeMap(r)
	if err != nil {
		return nil, diag.List{diag.Errorf(name, pos.Line, pos.Col, "%v", err).WithSource(data)}
	}
	fields := fieldPositions(r)
	b.TitlePos, b.SlugPos = fields["title"], fields["slug"]
	fill(b, m, func(key, suggestion, format string, args ...any) {
		p, ok := fields[key]
		if !ok {
			p = Pos{Line: 1, Col: 1}
		}
		d := diag.Errorf(name, p.Line, p.Col, format, args...).WithSource(data)
		d.Length = len(key)
		d.Suggestion = suggestion
		diags = append(diags, d)
	})
	return b, diags
}

// Keeps reports whether a build with these options keeps b: drafts and briefings dated after
// Now only when asked for.
func (o Options) Keeps(b *Briefing) bool {
	if b.Draft && !o.Drafts {
		return false
	}
	return o.Future || o.Now.IsZero() || !b.Date.After(o.Now)
}

// CheckURLs reports briefings that would be written to the same URL, each at its slug (or
// title) line.
func CheckURLs(bs []*Briefing) diag.List {
	byURL := map[string][]*Briefing{}
	for _, b := range bs {
		byURL[b.URLPath()] = append(byURL[b.URLPath()], b)
	}
	var diags diag.List
	for url, group := range byURL {
		if len(group) < 2 {
			continue
		}
		sort.Slice(group, func(i, j int) bool { return group[i].Path < group[j].Path })
		for _, b := range group[1:] {
			p := b.SlugPos
			if p.Line == 0 {
				p = b.TitlePos
			}
			d := diag.Errorf(b.Path, p.Line, p.Col, "duplicate URL /%s: %s has the same date month and slug", url, group[0].Path)
			d.Suggestion = "give one of them another slug in its frontmatter"
			diags = append(diags, d)
		}
	}
	return diags
}

// Sort orders briefings newest first, then by path, so every list is deterministic.
func Sort(bs []*Briefing) {
	sort.SliceStable(bs, func(i, j int) bool {
		if !bs[i].Date.Equal(bs[j].Date) {
			return bs[i].Date.After(bs[j].Date)
		}
		return bs[i].Path < bs[j].Path
	})
}
