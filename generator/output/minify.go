package output

import (
	"bytes"
	"fmt"
	"path"
	"regexp"
	"strings"
	"sync"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/svg"
	"github.com/tdewolff/minify/v2/xml"
	"github.com/tdewolff/parse/v2/buffer"
)

// Minifier minifies files by their extension. It is safe for concurrent use.
type Minifier struct {
	m        *minify.M
	template *minify.M // HTML with Go template actions left as they are
	tokens   sync.Pool // *[]qtoken: quickHTML's working memory
}

// NewMinifier sets up minifiers for HTML, CSS, JS, SVG, JSON and XML.
func NewMinifier() *Minifier {
	m := minify.New()
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: false, KeepDefaultAttrVals: true})
	m.AddFunc("text/css", css.Minify)
	m.AddFunc("image/svg+xml", svg.Minify)
	m.AddFuncRegexp(regexp.MustCompile(`^(application|text)/(x-)?(java|ecma)script$`), js.Minify)
	m.AddFuncRegexp(regexp.MustCompile(`[/+]json$`), json.Minify)
	m.AddFuncRegexp(regexp.MustCompile(`[/+]xml$`), xml.Minify)
	t := minify.New()
	t.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepDefaultAttrVals: true, TemplateDelims: [2]string{"{{", "}}"}})
	t.AddFunc("text/css", css.Minify)
	t.AddFunc("image/svg+xml", svg.Minify)
	return &Minifier{m: m, template: t, tokens: sync.Pool{New: func() any { return new([]qtoken) }}}
}

// MinifyFragmentTo appends data, a fragment of HTML such as the markdown renderer writes
// (a briefing's body), minified to dst: by quickHTML when it handles all of data, else by the
// HTML minifier, with the same bytes either way. Like MinifyTo, it may change data.
func (mf *Minifier) MinifyFragmentTo(dst *bytes.Buffer, data []byte) error {
	toks := mf.tokens.Get().(*[]qtoken)
	defer mf.tokens.Put(toks)
	start := dst.Len()
	dst.Grow(len(data))
	out, t, ok := quickHTML(dst.AvailableBuffer(), data, *toks)
	*toks = t
	if ok {
		dst.Write(out) // out lies in dst's free space already: the copy is onto itself
		return nil
	}
	dst.Truncate(start)
	return mf.minifyTo(dst, "text/html", "fragment.html", data)
}

// apply minifies data by p's extension when mf is set and the extension is one it
// minifies; otherwise it returns data as it is.
func (mf *Minifier) apply(p string, data []byte) ([]byte, error) {
	if mf == nil || !Minifiable(p) {
		return data, nil
	}
	return mf.Minify(p, data)
}

// MinifyTemplate minifies the text of an HTML layout, keeping its {{ }} actions as they are,
// so that what the layout writes comes out minified.
func (mf *Minifier) MinifyTemplate(name string, src []byte) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(len(src))
	if err := mf.template.Minify("text/html", &buf, bytes.NewReader(src)); err != nil {
		return nil, fmt.Errorf("minify layout %s: %w", name, err)
	}
	return buf.Bytes(), nil
}

// mediaTypes maps extensions to the media types the minifiers are registered under.
var mediaTypes = map[string]string{
	".html": "text/html", ".htm": "text/html",
	".css": "text/css", ".js": "application/javascript", ".mjs": "application/javascript",
	".svg": "image/svg+xml", ".json": "application/json", ".webmanifest": "application/manifest+json",
	".xml": "application/xml", ".atom": "application/atom+xml", ".rss": "application/rss+xml",
	".xsl": "application/xml",
}

// Minifiable reports whether files with p's extension are minified.
func Minifiable(p string) bool {
	_, ok := mediaTypes[strings.ToLower(path.Ext(p))]
	return ok
}

// Minify returns data minified by p's extension, or data itself for other files. The
// minifiers work in data's own bytes (collapsing white space, shortening numbers), so data
// must not be used again afterwards: minify a copy to keep the original.
func (mf *Minifier) Minify(p string, data []byte) ([]byte, error) {
	mt, ok := mediaTypes[strings.ToLower(path.Ext(p))]
	if !ok {
		return data, nil
	}
	var buf bytes.Buffer
	buf.Grow(len(data))
	if err := mf.minifyTo(&buf, mt, p, data); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// MinifyTo appends data minified by p's extension to dst, or data itself for other files,
// for callers that reuse one buffer across many files. Like Minify, it may change data.
func (mf *Minifier) MinifyTo(dst *bytes.Buffer, p string, data []byte) error {
	mt, ok := mediaTypes[strings.ToLower(path.Ext(p))]
	if !ok {
		dst.Write(data)
		return nil
	}
	return mf.minifyTo(dst, mt, p, data)
}

func (mf *Minifier) minifyTo(dst *bytes.Buffer, mt, p string, data []byte) error {
	// parse's reader hands the minifier data itself; a bytes.Reader would be read into a
	// copy first. The minifier puts back the byte past the end it borrows while it works.
	if err := mf.m.Minify(mt, dst, buffer.NewReader(data)); err != nil {
		return fmt.Errorf("minify %s: %w", p, err)
	}
	return nil
}
