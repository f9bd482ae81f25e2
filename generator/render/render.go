package render

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	texttemplate "text/template"
	"text/template/parse"
	"unsafe"

	"github.com/sitrep-archive/sitrep/generator/diag"
	"github.com/sitrep-archive/sitrep/generator/site"
)

// Dir is the folder of layouts in a site.
const Dir = "layouts"

// Kinds are the HTML page kinds every layout set must have: each is layouts/KIND.html,
// parsed with base.html and the partials.
var Kinds = []string{"home", "list", "briefing", "terms", "term", "archive", "search", "404"}

// TextKinds are the kinds of page that are not HTML, and their layout files. They are
// text/template files, parsed alone (no base, no partials): a layout escapes what it prints
// itself, with the xml function in XML.
var TextKinds = map[string]string{
	"feed":         "feed.xml",
	"sitemap":      "sitemap.xml",
	"sitemapindex": "sitemap-index.xml",
	"robots":       "robots.txt",
	"searchindex":  "search-index.json",
	"annotations":  "annotations.json",
}

// LayoutFiles returns the file name (below layouts/) of every page kind's layout, sorted.
func LayoutFiles() []string {
	var out []string
	for _, k := range Kinds {
		out = append(out, k+".html")
	}
	for _, f := range TextKinds {
		out = append(out, f)
	}
	sort.Strings(out)
	return out
}

// Templates is a parsed layout set, one template per page kind. It is safe for concurrent use.
type Templates struct {
	byKind  map[string]*template.Template
	text    map[string]*texttemplate.Template
	sources map[string][]byte // layout file name → text, for diagnostics

	// partials executes the partials on their own (briefingItem); partialTrees are copies of
	// its parse trees as parsed, before any execution escaped them (see PartialTrees).
	partials     *template.Template
	partialTrees map[string]*parse.Tree
	// items caches each briefing's rendered briefing-item.html for the site being rendered:
	// a briefing is listed on a dozen index pages (all, theatre, operation, places, year,
	// month) and is rendered once. With ShareItems, items are also kept by key from one site
	// to the next.
	mu       sync.Mutex
	itemSite *site.Site
	items    map[*site.Briefing]template.HTML
	shared   itemShare

	// With a source filter (minification), plain is the same layout set parsed from the files
	// as written: an execution error is reported from it, so its line and column are those of
	// the file.
	filtered bool
	plain    *Templates

	annotations annotationCache
	// compact marks the text kinds whose layout is one call of a Go encoder that writes
	// minimal JSON ({{searchIndex .Site}}): their pages need no minifying.
	compact map[string]bool
	// encoders are the Go encoders of the compact kinds whose layout is that one call and
	// nothing else, for Encoded.
	encoders map[string]func(*site.Site) (string, error)
	// streamers are the encoders among them that can write as they encode, for Streamer.
	streamers map[string]func(io.Writer, *site.Site) error
}

// compactLayout matches a layout that is one call of a JSON encoder of the function map.
var compactLayout = regexp.MustCompile(`^\{\{-?\s*(annotations|searchIndex)\s+\.Site\s*-?\}\}$`)

// Minified reports whether the page comes out of its layout already minified: an HTML page
// when the layouts were minified (WithSourceFilter), or a page whose layout is one call of a
// JSON encoder. Such a page need not pass through a minifier again.
func (t *Templates) Minified(p *site.Page) bool {
	if _, ok := t.text[p.Kind]; ok {
		return t.compact[p.Kind]
	}
	return t.filtered && strings.HasSuffix(p.OutPath, ".html")
}

// Option changes how Load reads layouts.
type Option func(*loadOptions)

type loadOptions struct {
	filter   func(name string, src []byte) ([]byte, error)
	rebuilds bool
}

// ForRebuilds says the templates will render the same site again and again after edits
// (the dev server): the encoded parts of annotations.json are kept from the first
// rendering on, so that the first edit re-encodes only what it changed.
func ForRebuilds() Option {
	return func(o *loadOptions) { o.rebuilds = true }
}

// WithSourceFilter passes every HTML layout's text through f before it is parsed; sitrep
// uses it to minify layouts once, so that pages come out of the templates minified. Errors
// are still reported at the lines and columns of the files as written.
func WithSourceFilter(f func(name string, src []byte) ([]byte, error)) Option {
	return func(o *loadOptions) { o.filter = f }
}

// Filtered reports whether the layouts were passed through a source filter.
func (t *Templates) Filtered() bool { return t.filtered }

// Data is what a layout executes with.
type Data struct {
	Site *site.Site
	Page *site.Page
	// Shortcuts to Page's fields.
	Briefing  *site.Briefing
	Term      *site.Term
	Paginator *site.Paginator
	// LiveReload is set by the dev server; the base layout adds its script when true.
	LiveReload bool
}

// Load parses the layouts in fsys (below layouts/). Every problem is reported at once.
func Load(fsys fs.FS, funcs template.FuncMap, opts ...Option) (*Templates, error) {
	var o loadOptions
	for _, opt := range opts {
		opt(&o)
	}
	if o.filter == nil {
		t, err := load(fsys, funcs, nil)
		if t != nil {
			t.annotations.again = o.rebuilds
		}
		return t, err
	}
	plain, err := load(fsys, funcs, nil)
	if err != nil {
		return nil, err // positions of the files as written
	}
	t, err := load(fsys, funcs, o.filter)
	if err != nil {
		return nil, err
	}
	t.filtered, t.plain = true, plain
	t.annotations.again = o.rebuilds
	return t, nil
}

func load(fsys fs.FS, funcs template.FuncMap, filter func(string, []byte) ([]byte, error)) (*Templates, error) {
	sources := map[string][]byte{}
	var names []string
	err := fs.WalkDir(fsys, Dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || strings.HasPrefix(d.Name(), ".") {
			return nil
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		name := strings.TrimPrefix(p, Dir+"/")
		if filter != nil && strings.HasSuffix(name, ".html") {
			if rel, ok := funcs["relURL"].(func(string) string); ok {
				data = foldConstantURLs(data, rel)
			}
			if data, err = filter(name, data); err != nil {
				return fmt.Errorf("%s: %w", p, err)
			}
		}
		sources[name] = data
		names = append(names, name)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("layouts: %w", err)
	}
	sort.Strings(names)
	t := &Templates{byKind: map[string]*template.Template{}, text: map[string]*texttemplate.Template{}, sources: sources, compact: map[string]bool{},
		encoders: map[string]func(*site.Site) (string, error){}, streamers: map[string]func(io.Writer, *site.Site) error{}}
	var diags diag.List
	if _, ok := sources["base.html"]; !ok {
		diags = append(diags, diag.Errorf(Dir+"/base.html", 0, 0, "missing layout: every site needs layouts/base.html"))
		return nil, diags
	}
	own := template.FuncMap{}
	for k, v := range funcs {
		own[k] = v
	}
	own["briefingItem"] = t.briefingItem
	own["briefingItems"] = t.briefingItems
	own["figureTable"] = t.figureTable
	own["placeList"] = t.placeList
	own["chartDots"] = t.chartDots
	own["breadcrumbs"] = t.breadcrumbs
	own["briefingTerms"] = t.briefingTerms
	own["prevNext"] = t.prevNext
	own["annotations"] = func(s *site.Site) (string, error) { return t.annotations.encode(s), nil }
	funcs = own
	common := template.New("base.html").Funcs(funcs)
	if _, err := common.Parse(string(sources["base.html"])); err != nil {
		return nil, append(diags, t.diagnostic(err))
	}
	for _, name := range names {
		if strings.HasPrefix(name, "partials/") {
			if _, err := common.New(path.Base(name)).Parse(string(sources[name])); err != nil {
				diags = append(diags, t.diagnostic(err))
			}
		}
	}
	if len(diags) > 0 {
		return nil, diags
	}
	if common.Lookup("briefing-item.html") != nil {
		p, err := common.Clone()
		if err != nil {
			return nil, fmt.Errorf("layouts: %w", err)
		}
		t.partials = p
		t.partialTrees = map[string]*parse.Tree{}
		for _, pt := range p.Templates() {
			if pt.Tree != nil {
				t.partialTrees[pt.Name()] = pt.Tree.Copy()
			}
		}
	}
	for _, kind := range Kinds {
		name := kind + ".html"
		src, ok := sources[name]
		if !ok {
			diags = append(diags, diag.Errorf(Dir+"/"+name, 0, 0, "missing layout for %s pages", kind))
			continue
		}
		clone, err := common.Clone()
		if err != nil {
			return nil, fmt.Errorf("layouts: %w", err)
		}
		if _, err := clone.New(name).Parse(string(src)); err != nil {
			diags = append(diags, t.diagnostic(err))
			continue
		}
		t.byKind[kind] = clone
	}
	if len(diags) == 0 {
		urls := map[string]func(string) string{}
		for _, name := range []string{"relURL", "absURL"} {
			if f, ok := funcs[name].(func(string) string); ok {
				urls[name] = f
			}
		}
		fused, err := newFusedEscapers()
		if err != nil {
			return nil, fmt.Errorf("layouts: %w", err)
		}
		for _, kind := range Kinds {
			escapeLayouts(t.byKind[kind], "base.html")
			foldEscapedConstants(t.byKind[kind], urls)
			fuseEscapers(t.byKind[kind], fused)
		}
		if t.partials != nil && escapeUnexecuted(t.partials, "briefing-item.html") == nil {
			fuseEscapers(t.partials, fused)
		}
	}
	textKinds := make([]string, 0, len(TextKinds))
	for kind := range TextKinds {
		textKinds = append(textKinds, kind)
	}
	sort.Strings(textKinds)
	for _, kind := range textKinds {
		name := TextKinds[kind]
		src, ok := sources[name]
		if !ok {
			diags = append(diags, diag.Errorf(Dir+"/"+name, 0, 0, "missing layout for %s pages (copy it from the default layouts)", kind))
			continue
		}
		tt, err := texttemplate.New(name).Funcs(texttemplate.FuncMap(funcs)).Parse(string(src))
		if err != nil {
			diags = append(diags, t.diagnostic(err))
			continue
		}
		t.text[kind] = tt
		if m := compactLayout.FindStringSubmatch(strings.TrimSpace(string(src))); m != nil {
			t.compact[kind] = true
			enc, ok := funcs[m[1]].(func(*site.Site) (string, error))
			if ok && strings.TrimRight(string(src), " \t\r\n") == strings.TrimSpace(string(src)) {
				t.encoders[kind] = enc
				if m[1] == "annotations" {
					t.streamers[kind] = t.annotations.encodeTo
				}
			}
		}
	}
	if len(diags) > 0 {
		return nil, diags
	}
	return t, nil
}

// itemShare keeps rendered list items from one site to the next, by key (ShareItems).
type itemShare struct {
	site   *site.Site                  // the site keys are for
	key    func(*site.Briefing) uint64 // a briefing's key (0: not shared)
	byKey  map[uint64]template.HTML    // items rendered for it, or for the last site and still keyed
	hits   int                         // items of site taken from byKey
	misses int                         // items of site rendered and added to byKey
}

// readsMarkdown matches a layout's use of a briefing's markdown source (content.Briefing.Body).
var readsMarkdown = regexp.MustCompile(`\.Body\b`)

// ReadsMarkdown reports whether a layout may print a briefing's markdown source (.Body),
// which a build otherwise lets go of once the briefing is converted.
func (t *Templates) ReadsMarkdown() bool {
	for _, src := range t.sources {
		if readsMarkdown.Match(src) {
			return true
		}
	}
	return false
}

// PartialTrees returns the parse trees of base.html, the partials and the templates they
// define, by template name, as parsed (before execution adds html/template's escaping), or
// nil without partials/briefing-item.html. They are copies and are not to be modified.
func (t *Templates) PartialTrees() map[string]*parse.Tree {
	if t.partials == nil || t.partials.Lookup("briefing-item.html") == nil {
		return nil
	}
	return t.partialTrees
}

// ShareItems says that the list items (briefingItem) of s, about to be rendered, may be
// taken from those rendered for earlier sites: key gives the key of a briefing of s (0 for
// none), and partials/briefing-item.html must write the same bytes for two briefings with
// the same non-zero key, whatever site each is of. key is called while s is rendered, from
// several goroutines. Items whose keys no briefing of s has are let go from time to time.
func (t *Templates) ShareItems(s *site.Site, key func(*site.Briefing) uint64) {
	t.mu.Lock()
	defer t.mu.Unlock()
	byKey := t.shared.byKey
	if byKey == nil {
		byKey = map[uint64]template.HTML{}
	}
	if len(byKey) > 2*len(s.Briefings)+1024 { // keep the items of s alone
		live := make(map[uint64]template.HTML, len(s.Briefings))
		for _, b := range s.Briefings {
			if k := key(b); k != 0 {
				if h, ok := byKey[k]; ok {
					live[k] = h
				}
			}
		}
		byKey = live
	}
	t.shared = itemShare{site: s, key: key, byKey: byKey}
	if t.itemSite == s { // items rendered for s before this call are not known to be keyed
		t.itemSite = nil
	}
}

// SeedItems gives the next ShareItems the items of an earlier run (a build cache), by the
// same keys.
func (t *Templates) SeedItems(items map[uint64]template.HTML) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.shared.byKey = items
}

// KeyedItems returns the items of s, as ShareItems keeps them by key, and the number of
// them rendered for s (not taken from an earlier site); nil when s is not the site shared.
// The map must not be changed.
func (t *Templates) KeyedItems(s *site.Site) (map[uint64]template.HTML, int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.shared.site != s {
		return nil, 0
	}
	return t.shared.byKey, t.shared.misses
}

// SharedItems returns the number of list items of the site being rendered taken from those
// of an earlier site (ShareItems), for tests.
func (t *Templates) SharedItems() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.shared.hits
}

// briefingItem returns partials/briefing-item.html executed with b, rendering it once per
// briefing of the site being rendered (or, with ShareItems, once per key).
func (t *Templates) briefingItem(b *site.Briefing) (template.HTML, error) {
	if t.partials == nil {
		return "", errors.New("briefingItem: no layout partials/briefing-item.html")
	}
	t.mu.Lock()
	h, ok := t.items[b]
	var key uint64
	if !ok && t.items != nil && t.shared.key != nil && t.shared.site == t.itemSite {
		if key = t.shared.key(b); key != 0 {
			if h, ok = t.shared.byKey[key]; ok {
				t.items[b] = h
				t.shared.hits++
			}
		}
	}
	t.mu.Unlock()
	if ok {
		return h, nil
	}
	var buf bytes.Buffer
	if err := t.partials.ExecuteTemplate(&buf, "briefing-item.html", b); err != nil {
		return "", err
	}
	h = template.HTML(buf.String())
	t.mu.Lock()
	if t.items != nil {
		t.items[b] = h
		if key != 0 && t.shared.site == t.itemSite {
			t.shared.byKey[key] = h
			t.shared.misses++
		}
	}
	t.mu.Unlock()
	return h, nil
}

// briefingItems returns the list items (briefingItem) of the briefings one after another,
// the same bytes as {{range .}}{{briefingItem .}}{{end}}: one call for a page's list instead
// of two per briefing (the function and the escaper of its result, each by reflection).
func (t *Templates) briefingItems(list []*site.Briefing) (template.HTML, error) {
	switch len(list) {
	case 0:
		return "", nil
	case 1:
		return t.briefingItem(list[0])
	}
	items := make([]template.HTML, len(list))
	n := 0
	for i, b := range list {
		h, err := t.briefingItem(b)
		if err != nil {
			return "", err
		}
		items[i] = h
		n += len(h)
	}
	var w strings.Builder
	w.Grow(n)
	for _, h := range items {
		w.WriteString(string(h))
	}
	return template.HTML(w.String()), nil
}

// Encoded returns the bytes of a page whose layout is one call of a Go encoder of the site
// and nothing else ({{annotations .Site}}, {{searchIndex .Site}}): what Render would write,
// straight from the encoder, without the copies that printing through the template makes
// (the annotations of a large archive are tens of megabytes). ok is false for other pages.
// The bytes must not be changed.
func (t *Templates) Encoded(data *Data) (out []byte, ok bool, err error) {
	enc := t.encoders[data.Page.Kind]
	if enc == nil {
		return nil, false, nil
	}
	s, err := enc(data.Site)
	if err != nil {
		d := t.diagnostic(err)
		d.Message += " (rendering " + data.Page.URL + ")"
		return nil, true, d
	}
	s = strings.TrimRight(s, " \t\r\n")
	return unsafe.Slice(unsafe.StringData(s), len(s)), true, nil
}

// Streamer returns, for a page that Encoded encodes with an encoder that can write as it
// encodes ({{annotations .Site}}, tens of megabytes for a large archive), a function that
// writes the same bytes to w a chunk at a time, so that a sink writing a file need not
// hold the whole page in memory; nil for other pages.
func (t *Templates) Streamer(data *Data) func(w io.Writer) error {
	enc := t.streamers[data.Page.Kind]
	if enc == nil {
		return nil
	}
	return func(w io.Writer) error {
		if err := enc(w, data.Site); err != nil {
			return fmt.Errorf("render: writing %s: %w", data.Page.URL, err)
		}
		return nil
	}
}

// Render executes the layout of the page's kind into buf.
func (t *Templates) Render(buf *bytes.Buffer, data *Data) error {
	t.mu.Lock()
	if t.itemSite != data.Site { // a new model: drop the items of the last one
		t.itemSite, t.items = data.Site, map[*site.Briefing]template.HTML{}
	}
	t.mu.Unlock()
	if tt, ok := t.text[data.Page.Kind]; ok {
		start := buf.Len()
		if err := tt.Execute(buf, data); err != nil {
			d := t.diagnostic(err)
			d.Message += " (rendering " + data.Page.URL + ")"
			return d
		}
		if t.compact[data.Page.Kind] {
			trimmed := bytes.TrimRight(buf.Bytes()[start:], " \t\r\n")
			buf.Truncate(start + len(trimmed))
		}
		return nil
	}
	tmpl, ok := t.byKind[data.Page.Kind]
	if !ok {
		return fmt.Errorf("render: no layout for page kind %q", data.Page.Kind)
	}
	if err := tmpl.ExecuteTemplate(buf, "base.html", data); err != nil {
		if t.plain != nil {
			var discard bytes.Buffer
			if perr := t.plain.Render(&discard, data); perr != nil {
				return perr
			}
		}
		d := t.diagnostic(err)
		d.Message += " (rendering " + data.Page.URL + ")"
		return d
	}
	return nil
}

// templateErr matches html/template's "template: NAME:LINE:COL: MSG" and "NAME:LINE: MSG".
var templateErr = regexp.MustCompile(`template: ([^:\s]+):(\d+)(?::(\d+))?: (.*)`)

// diagnostic turns a template error into a diagnostic at the layout file, line and column.
func (t *Templates) diagnostic(err error) *diag.Diagnostic {
	var d *diag.Diagnostic
	if errors.As(err, &d) {
		return d
	}
	msg := err.Error()
	m := templateErr.FindStringSubmatch(msg)
	if m == nil {
		return &diag.Diagnostic{File: Dir, Message: msg}
	}
	name := m[1]
	file := name
	if _, ok := t.sources[name]; !ok {
		if _, ok := t.sources["partials/"+name]; ok {
			file = "partials/" + name
		}
	}
	line, _ := strconv.Atoi(m[2])
	col, _ := strconv.Atoi(m[3])
	rest := m[4]
	// Execution errors repeat the location ("executing \"x\" at <.Foo>: ..."); keep the cause.
	out := diag.Errorf(Dir+"/"+file, line, col, "template error: %s", rest)
	if src, ok := t.sources[file]; ok {
		out.WithSource(src)
	}
	return out
}
