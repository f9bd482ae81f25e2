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

	"github.com/tdewolff/parse/v2"
	tdhtml "github.com/tdewolff/parse/v2/html"
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

// page is what the checker keeps of one HTML file: its distinct links and its ids.
type page struct {
	links []string
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
	return &Checker{opts: opts, base: base, basePath: basePath, files: map[string]bool{}, pages: map[string]*page{}}, nil
}

// AddFile records a file of the site (a slash-separated path below the root) and, for an
// HTML file, its links and ids.
func (c *Checker) AddFile(p string, data []byte) {
	var pg *page
	if strings.HasSuffix(p, ".html") {
		pg = scan(data)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.files[p] = true
	if pg != nil {
		c.pages[p] = pg
	}
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
	var problems []Problem
	edges := map[string][]string{}
	for _, from := range htmlFiles {
		for _, link := range c.pages[from].links {
			target, frag, internal, why := resolve(link, from, c.base, c.basePath)
			if !internal {
				continue
			}
			if why != "" {
				problems = append(problems, Problem{Page: from, Link: link, Reason: why})
				continue
			}
			file, ok := lookup(c.files, target)
			if !ok {
				problems = append(problems, Problem{Page: from, Link: link, Reason: "no such file in the site: " + describeTarget(target)})
				continue
			}
			if frag != "" && strings.HasSuffix(file, ".html") {
				if tp := c.pages[file]; tp != nil && !tp.ids[frag] {
					problems = append(problems, Problem{Page: from, Link: link, Reason: fmt.Sprintf("no element with id %q on %s", frag, file)})
				}
			}
			if strings.HasSuffix(file, ".html") && file != from {
				edges[from] = append(edges[from], file)
			}
		}
	}
	reached := map[string]bool{}
	if c.files["index.html"] {
		queue := []string{"index.html"}
		reached["index.html"] = true
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
	for _, p := range htmlFiles {
		if !reached[p] && !exempt[p] {
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

// scan lexes an HTML page and keeps its links and ids; inline SVG is lexed too.
func scan(data []byte) *page {
	p := &page{ids: map[string]bool{}}
	scanInto(p, data)
	return p
}

func scanInto(p *page, data []byte) {
	seen := map[string]bool{}
	for _, l := range p.links {
		seen[l] = true
	}
	lx := tdhtml.NewLexer(parse.NewInputBytes(data))
	for {
		tt, raw := lx.Next()
		switch tt {
		case tdhtml.ErrorToken:
			return
		case tdhtml.SVGToken:
			if i := bytes.IndexByte(raw, '>'); i >= 0 && len(raw) > i+1 {
				inner := raw[i+1:]
				if j := bytes.LastIndex(inner, []byte("</svg")); j >= 0 {
					inner = inner[:j]
				}
				// The <svg> element's own attributes are not links; its children are.
				scanInto(p, inner)
			}
		case tdhtml.AttributeToken:
			key := strings.ToLower(string(lx.AttrKey()))
			val := attrValue(lx.AttrVal())
			switch key {
			case "href", "src", "xlink:href":
				if val != "" && !seen[val] {
					seen[val] = true
					p.links = append(p.links, val)
				}
			case "id", "name":
				p.ids[val] = true
			}
		}
	}
}

func attrValue(v []byte) string {
	if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
		v = v[1 : len(v)-1]
	}
	return html.UnescapeString(string(v))
}

// Links returns the distinct href and src values of an HTML page, inline SVG included, in
// the order they appear.
func Links(data []byte) []string { return scan(data).links }
