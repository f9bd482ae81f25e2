// Package markdown sets up goldmark the way sitrep renders briefings: GitHub Flavored
// Markdown (tables, strikethrough, autolinks, task lists), footnotes, the typographer and
// heading IDs, with raw HTML left out unless the site opts in.
//
// It is the seam where the annotation stage plugs in: New takes extra goldmark extensions
// from its caller, and Render takes a parser.Context through which an extension receives a
// document's context and hands back what it found; an extension that is a Releaser is told
// when a document is rendered, so it can reuse what it added to the document's AST. This
// package imports no extension of sitrep's own.
package markdown

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// Options are the site's markdown options.
type Options struct {
	Unsafe      bool // render raw HTML
	Typographer bool
	// BasePath ("/archive/") is put in front of root-relative link and image URLs written in
	// markdown ("/briefings/…" → "/archive/briefings/…"), so links between briefings keep
	// working on a site published under a subpath.
	BasePath string
}

// Renderer turns markdown into HTML. It is safe for concurrent use.
type Renderer struct {
	md        goldmark.Markdown
	releasers []Releaser // the extensions to tell when a document is rendered
}

// Releaser is an extension that keeps memory with a document's AST (nodes it added) and can
// reuse it once the document is rendered: Render and RenderTo call Release with the
// document's context after goldmark's Convert returns, when nothing uses the AST any more.
type Releaser interface {
	Release(ctx parser.Context)
}

// New builds a renderer with the site's options and the given extensions.
func New(opts Options, extensions ...goldmark.Extender) *Renderer {
	exts := []goldmark.Extender{gfm{}, extension.Footnote}
	if opts.Typographer {
		exts = append(exts, extension.Typographer)
	}
	exts = append(exts, extensions...)
	if bp := strings.TrimSuffix(opts.BasePath, "/"); bp != "" {
		exts = append(exts, basePathLinks(bp))
	}
	rendererOpts := []goldmark.Option{}
	if opts.Unsafe {
		rendererOpts = append(rendererOpts, goldmark.WithRendererOptions(html.WithUnsafe()))
	}
	md := goldmark.New(append(rendererOpts,
		goldmark.WithExtensions(exts...),
		goldmark.WithParserOptions(parser.WithAutoHeadingID()),
	)...)
	r := &Renderer{md: md}
	for _, e := range extensions {
		if rel, ok := e.(Releaser); ok {
			r.releasers = append(r.releasers, rel)
		}
	}
	return r
}

// Render converts src. ctx may be nil; pass one to exchange data with extensions.
func (r *Renderer) Render(src []byte, ctx parser.Context) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(len(src) + len(src)/2)
	if err := r.RenderTo(&buf, src, ctx); err != nil {
		return nil, err
	}
	// An exact-size copy: the buffer's spare capacity would otherwise stay alive with the
	// HTML for as long as the build keeps it.
	return bytes.Clone(buf.Bytes()), nil
}

// RenderTo converts src and appends the HTML to dst, for callers that reuse one buffer
// across many briefings.
func (r *Renderer) RenderTo(dst *bytes.Buffer, src []byte, ctx parser.Context) error {
	if ctx == nil {
		ctx = parser.NewContext()
	}
	err := r.md.Convert(src, directWriter{dst}, parser.WithContext(ctx))
	// Convert made the AST and dropped it: no node of it is reachable any more, except
	// through what extensions keep in ctx.
	for _, rel := range r.releasers {
		rel.Release(ctx)
	}
	if err != nil {
		return fmt.Errorf("markdown: %w", err)
	}
	return nil
}

// directWriter lets goldmark's renderer write into the buffer itself: a writer that is not
// a util.BufWriter gets a bufio.Writer of 4 KB for each document (40 MB at 10,000
// briefings), and every byte copied once more.
type directWriter struct{ *bytes.Buffer }

var _ util.BufWriter = directWriter{}

// Buffered implements util.BufWriter: nothing waits to be written.
func (directWriter) Buffered() int { return 0 }

// Flush implements util.BufWriter.
func (directWriter) Flush() error { return nil }
