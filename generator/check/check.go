package check

import (
	"bytes"
	"fmt"
	"html"
	"io/fs"
	"net/url"
	"path"
	"sort"
	"strings"
	"sync"
)

// Options describe the site being checked.
type Options struct {
	// BaseURL is the site's base URL ("https://user.github.io/archive/" or "/archive/").
	BaseURL string
	// Unlinked are page paths (below the site root, e.g. "search/index.html") that need not
	// be reachable from the home page.
	Unlinked []string
}

// Problem is one broken link or unreachable page.
type Problem struct {
	Page   string // file below the site root ("briefings/2017/10/x/index.html")
	Link   string // the URL as written; "" for an unreachable page
	Reason string
}

func (p Problem) String() string {
	if p.Link == "" {
		return fmt.Sprintf("%s: %s", p.Page, p.Reason)
	}
	return fmt.Sprintf("%s: link %q: %s", p.Page, p.Link, p.Reason)
}

// page is what the checker keeps of one HTML file: the numbers of its distinct links in the
// checker's table of links (four bytes each, not their strings), and its ids.
type page struct {
	kept []uint32
	ids  map[string]bool
}

// scanned is what scan finds on one page: its links as written (slices of the page's bytes,
// so that a link already in the checker's table costs no copy) and its ids.
type scanned struct {
	links [][]byte
	ids   map[string]bool
}

// Checker collects the files of a site as they are written and checks them at the end.
// AddFile is safe for concurrent use.
type Checker struct {
	opts     Options
	base     *url.URL
	basePath string

	mu    sync.Mutex
	files map[string]bool
	pages map[string]*page
	// links numbers each distinct link once, for every page that has it: a page keeps the
	// numbers of its links (four bytes each), not their strings.
	links   []string
	linkIDs map[string]uint32
	// lastPage[id] is the number (from 1) of the last page that had link id, so that a page
	// keeps each of its links once without a set of its own.
	lastPage []uint32
	pageNum  uint32
	// scans holds *scanned whose links slices the next pages reuse.
	scans sync.Pool
}

// New returns a checker for a site published at opts.BaseURL.
func New(opts Options) (*Checker, error) {
	base, err := url.Parse(opts.BaseURL)
	if err != nil {
		return nil, fmt.Errorf("check: base URL: %w", err)
	}
	basePath := base.Path
	if !strings.HasSuffix(basePath, "/") {
		basePath += "/"
	}
	return &Checker{opts: opts, base: base, basePath: basePath, files: map[string]bool{}, pages: map[string]*page{}, linkIDs: map[string]uint32{}}, nil
}

// AddFile records a file of the site (a slash-separated path below the root) and, for an
// HTML file, its links and ids.
func (c *Checker) AddFile(p string, data []byte) {
	var sc *scanned
	if strings.HasSuffix(p, ".html") {
		sc, _ = c.scans.Get().(*scanned)
		if sc == nil {
			sc = &scanned{}
		}
		sc.scan(data)
		defer func() {
			clear(sc.links) // hold no page's bytes
			c.scans.Put(sc)
		}()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.files[p] = true
	if sc == nil {
		return
	}
	c.pageNum++
	pg := &page{kept: make([]uint32, 0, len(sc.links)), ids: sc.ids}
	for _, raw := range sc.links {
		id, ok := c.linkID(raw)
		if !ok {
			continue // empty once its character references are decoded
		}
		if c.lastPage[id] == c.pageNum {
			continue // a repeat on this page
		}
		c.lastPage[id] = c.pageNum
		pg.kept = append(pg.kept, id)
	}
	c.pages[p] = pg
}

// linkID returns the number of a link (as written in a page) in the checker's table, adding
// it if it is new; ok is false for a link that is empty once decoded. The caller holds c.mu.
func (c *Checker) linkID(raw []byte) (id uint32, ok bool) {
	if bytes.IndexByte(raw, '&') < 0 {
		if id, ok := c.linkIDs[string(raw)]; ok { // a lookup, not a copy
			return id, true
		}
	}
	v := attrValue(raw)
	if v == "" {
		return 0, false
	}
	if id, ok := c.linkIDs[v]; ok {
		return id, true
	}
	id = uint32(len(c.links))
	c.links = append(c.links, v)
	c.linkIDs[v] = id
	c.lastPage = append(c.lastPage, 0)
	return id, true
}

// Site checks every file of fsys.
func Site(fsys fs.FS, opts Options) ([]Problem, error) {
	c, err := New(opts)
	if err != nil {
		return nil, err
	}
	var paths []string
	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("check: %w", err)
	}
	errs := make([]error, len(paths))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for i, p := range paths {
		if !strings.HasSuffix(p, ".html") {
			c.AddFile(p, nil)
			continue
		}
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			data, err := fs.ReadFile(fsys, p)
			if err != nil {
				errs[i] = err
				return
			}
			c.AddFile(p, data)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("check: %w", err)
		}
	}
	return c.Problems(), nil
}

// Problems checks the files added so far. Problems are sorted by page and link.
func (c *Checker) Problems() []Problem {
	c.mu.Lock()
	defer c.mu.Unlock()
	htmlFiles := make([]string, 0, len(c.pages))
	for p := range c.pages {
		htmlFiles = append(htmlFiles, p)
	}
	sort.Strings(htmlFiles)
	index := make(map[string]int32, len(htmlFiles))
	for i, p := range htmlFiles {
		index[p] = int32(i)
	}
	var problems []Problem
	edges := make([][]int32, len(htmlFiles)) // by page: the other pages it links to
	// Most links are root-relative or absolute and resolve the same from every page: each
	// such link is resolved, looked up and judged once, however many pages have it.
	type resolution struct {
		done, relative bool
		skip           bool   // external
		why            string // the problem of the link, from any page
		target         int32  // the HTML page it leads to, else -1
	}
	// judge resolves a link on page from and says what it leads to.
	judge := func(link, from string) (r resolution) {
		r.target = -1
		target, frag, internal, why := resolve(link, from, c.base, c.basePath)
		switch {
		case !internal:
			r.skip = true
		case why != "":
			r.why = why
		default:
			file, ok := lookup(c.files, target)
			if !ok {
				r.why = "no such file in the site: " + describeTarget(target)
				break
			}
			if frag != "" && strings.HasSuffix(file, ".html") {
				if tp := c.pages[file]; tp != nil && !tp.ids[frag] {
					r.why = fmt.Sprintf("no element with id %q on %s", frag, file)
					break
				}
			}
			if i, ok := index[file]; ok {
				r.target = i
			}
		}
		return r
	}
	resolved := make([]resolution, len(c.links))
	for fromIndex, from := range htmlFiles {
		for _, id := range c.pages[from].kept {
			link := c.links[id]
			r := &resolved[id]
			if !r.done {
				r.done, r.relative = true, relativeLink(link)
				if !r.relative {
					*r = judge(link, "")
					r.done = true
				}
			}
			res := *r
			if res.relative {
				res = judge(link, from)
			}
			if res.skip {
				continue
			}
			if res.why != "" {
				problems = append(problems, Problem{Page: from, Link: link, Reason: res.why})
				continue
			}
			if res.target >= 0 && res.target != int32(fromIndex) {
				edges[fromIndex] = append(edges[fromIndex], res.target)
			}
		}
	}
	reached := make([]bool, len(htmlFiles))
	if home, ok := index["index.html"]; ok {
		queue := []int32{home}
		reached[home] = true
		for len(queue) > 0 {
			p := queue[0]
			queue = queue[1:]
			for _, q := range edges[p] {
				if !reached[q] {
					reached[q] = true
					queue = append(queue, q)
				}
			}
		}
	}
	exempt := map[string]bool{"404.html": true}
	for _, u := range c.opts.Unlinked {
		exempt[u] = true
	}
	for i, p := range htmlFiles {
		if !reached[i] && !exempt[p] {
			problems = append(problems, Problem{Page: p, Reason: "not reachable by links from the home page"})
		}
	}
	sort.Slice(problems, func(i, j int) bool {
		if problems[i].Page != problems[j].Page {
			return problems[i].Page < problems[j].Page
		}
		return problems[i].Link < problems[j].Link
	})
	return problems
}

func describeTarget(target string) string {
	if target == "" {
		return "the site root"
	}
	return "/" + target
}

// lookup finds the file a URL path (below the site root) is served from.
func lookup(files map[string]bool, target string) (string, bool) {
	if target == "" || strings.HasSuffix(target, "/") {
		f := target + "index.html"
		return f, files[f]
	}
	if files[target] {
		return target, true
	}
	// GitHub Pages serves /x as /x/index.html (after a redirect) and /x as /x.html.
	if files[target+"/index.html"] {
		return target + "/index.html", true
	}
	if files[target+".html"] {
		return target + ".html", true
	}
	return "", false
}

// resolve turns a link on page from into a path below the site root and a fragment. internal
// is false for links to other hosts and schemes; why is set for internal links that cannot
// be resolved (outside the base path, malformed).
// relativeLink reports whether link's resolution depends on the page it is on: a relative
// path, or only a query or a fragment. A link that is not a valid URL counts as relative
// (resolve reports it the same from every page).
func relativeLink(link string) bool {
	u, err := url.Parse(strings.TrimSpace(link))
	if err != nil {
		return true
	}
	if u.Scheme != "" || u.Host != "" {
		return false
	}
	return !strings.HasPrefix(u.Path, "/")
}

func resolve(link, from string, base *url.URL, basePath string) (target, frag string, internal bool, why string) {
	u, err := url.Parse(strings.TrimSpace(link))
	if err != nil {
		return "", "", true, "malformed URL: " + err.Error()
	}
	if u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https" {
		return "", "", false, ""
	}
	if u.Host != "" && (base.Host == "" || !strings.EqualFold(u.Host, base.Host)) {
		return "", "", false, ""
	}
	frag = u.Fragment
	var p string
	switch {
	case u.Path == "" && u.Host == "":
		p = "/" + from // "#x" or "?q": the page itself
	case strings.HasPrefix(u.Path, "/"):
		p = u.Path
	default:
		p = path.Join(basePath, path.Dir(from), u.Path)
		if (strings.HasSuffix(u.Path, "/") || strings.HasSuffix(u.Path, "..")) && !strings.HasSuffix(p, "/") {
			p += "/"
		}
	}
	if u.Path == "" && u.Host == "" {
		return from, frag, true, ""
	}
	if !strings.HasPrefix(p, basePath) && p+"/" != basePath {
		if u.Host != "" {
			// Another site on the same host (another project site of the same user).
			return "", "", false, ""
		}
		return "", "", true, fmt.Sprintf("outside the site's base path %s", basePath)
	}
	rel := strings.TrimPrefix(p, basePath)
	if strings.Contains("/"+rel+"/", "/../") {
		return "", "", true, "climbs out of the site"
	}
	return rel, frag, true, ""
}

// scan reads an HTML page and finds its links (href, src, xlink:href, in the order they
// appear, repeats included) and its ids (id, name). It is a small attribute scanner rather
// than a full tokenizer: it skips comments and the contents of script and style elements,
// and reads every start tag's attributes, quoted or not, inline SVG included.
func scan(data []byte) *scanned {
	p := &scanned{}
	p.scan(data)
	return p
}

// scan reads data into p, reusing p's slice of links.
func (p *scanned) scan(data []byte) {
	p.links, p.ids = p.links[:0], nil
	for i := 0; i < len(data); {
		lt := bytes.IndexByte(data[i:], '<')
		if lt < 0 {
			break
		}
		i += lt + 1
		if i >= len(data) {
			break
		}
		switch c := data[i]; {
		case c == '!':
			if bytes.HasPrefix(data[i:], []byte("!--")) {
				end := bytes.Index(data[i+3:], []byte("-->"))
				if end < 0 {
					return
				}
				i += 3 + end + 3
			}
			continue
		case !isLetter(c):
			continue
		}
		// Tag name.
		start := i
		for i < len(data) && !ends(data[i], tagNameEnd) {
			i++
		}
		name := data[start:i] // compared without case, never copied: pages have millions of tags
		rawText := equalFold(name, "script") || equalFold(name, "style")
		// Attributes.
		for i < len(data) && data[i] != '>' {
			if isSpace(data[i]) || data[i] == '/' {
				i++
				continue
			}
			ks := i
			for i < len(data) && !ends(data[i], keyEnd) {
				i++
			}
			key := data[ks:i]
			for i < len(data) && isSpace(data[i]) {
				i++
			}
			var val []byte
			if i < len(data) && data[i] == '=' {
				i++
				for i < len(data) && isSpace(data[i]) {
					i++
				}
				if i < len(data) && (data[i] == '"' || data[i] == '\'') {
					q := data[i]
					end := bytes.IndexByte(data[i+1:], q)
					if end < 0 {
						return
					}
					val = data[i+1 : i+1+end]
					i += end + 2
				} else {
					vs := i
					for i < len(data) && !ends(data[i], valueEnd) {
						i++
					}
					val = data[vs:i]
				}
			}
			switch {
			case equalFold(key, "href"), equalFold(key, "src"), equalFold(key, "xlink:href"):
				if len(val) > 0 {
					p.links = append(p.links, val)
				}
			case equalFold(key, "id"), equalFold(key, "name"):
				if p.ids == nil {
					p.ids = map[string]bool{}
				}
				p.ids[attrValue(val)] = true
			}
		}
		if rawText {
			end := indexEndTag(data[i:], name)
			if end < 0 {
				return
			}
			i += end
		}
	}
}

// indexEndTag finds the end tag "</name" in b, ignoring case.
func indexEndTag(b, name []byte) int {
	for i := 0; ; {
		lt := bytes.IndexByte(b[i:], '<')
		if lt < 0 {
			return -1
		}
		i += lt
		if end := i + 2 + len(name); end <= len(b) && b[i+1] == '/' && bytes.EqualFold(b[i+2:end], name) {
			return i
		}
		i++
	}
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isSpace(c byte) bool  { return ends(c, spaces) }

// Sets of bytes below 64 as bit masks, for the scanner's inner loops: what ends a tag's name,
// an attribute's name and an unquoted attribute value.
const (
	spaces     = 1<<' ' | 1<<'\n' | 1<<'\t' | 1<<'\r' | 1<<'\f'
	valueEnd   = spaces | 1<<'>'
	tagNameEnd = valueEnd | 1<<'/'
	keyEnd     = tagNameEnd | 1<<'='
)

// ends reports whether c is in set, a mask of bytes below 64.
func ends(c byte, set uint64) bool { return c < 64 && set&(1<<c) != 0 }

func equalFold(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for i := range b {
		c := b[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != s[i] {
			return false
		}
	}
	return true
}

func attrValue(v []byte) string {
	if bytes.IndexByte(v, '&') < 0 {
		return string(v)
	}
	return html.UnescapeString(string(v))
}

// Links returns the distinct href and src values of an HTML page, inline SVG included, in
// the order they appear.
func Links(data []byte) []string {
	var links []string
	seen := map[string]bool{}
	for _, raw := range scan(data).links {
		if v := attrValue(raw); v != "" && !seen[v] {
			seen[v] = true
			links = append(links, v)
		}
	}
	return links
}
