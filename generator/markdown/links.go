package markdown

import (
	"bytes"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// basePathLinks prefixes root-relative link and image destinations with the base path.
type basePathLinks string

func (b basePathLinks) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithASTTransformers(util.Prioritized(b, 1000)))
}

func (b basePathLinks) Transform(doc *ast.Document, _ text.Reader, _ parser.Context) {
	prefix := []byte(b)
	fix := func(dest []byte) []byte {
		if len(dest) == 0 || dest[0] != '/' || bytes.HasPrefix(dest, []byte("//")) {
			return dest
		}
		if bytes.Equal(dest, prefix) || bytes.HasPrefix(dest, append(append([]byte{}, prefix...), '/')) {
			return dest
		}
		return append(append([]byte{}, prefix...), dest...)
	}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Link:
			n.Destination = fix(n.Destination)
		case *ast.Image:
			n.Destination = fix(n.Destination)
		}
		return ast.WalkContinue, nil
	})
}
