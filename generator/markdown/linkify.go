package markdown

import (
	"bytes"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// gfm is extension.GFM with its Linkify parser behind quickLinkify; the same extensions are
// added in the same order, so the parsers' priorities sort as they would.
type gfm struct{}

func (gfm) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithInlineParsers(
		util.Prioritized(quickLinkify{extension.NewLinkifyParser()}, 999), // as extension.Linkify
	))
	extension.Table.Extend(m)
	extension.Strikethrough.Extend(m)
	extension.TaskList.Extend(m)
}

// quickLinkify is goldmark's Linkify parser, which is asked about every word of the text (it
// is triggered by white space) and finds a link at almost none: it hands the parser only the
// words that may start a link, an http:, https: or ftp: URL, a www. address, or an e-mail
// address, which has an '@' within 65 bytes (the most that goldmark's address search reads
// before it). For any other word the parser returns nil without side effects, as
// quickLinkify does.
type quickLinkify struct {
	parser.InlineParser
}

// Parse implements parser.InlineParser.
func (q quickLinkify) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	if line, _ := block.PeekLine(); len(line) > 0 && !mayLink(line) {
		return nil
	}
	return q.InlineParser.Parse(parent, block, pc)
}

// SetOption implements parser.SetOptioner, for the options of Linkify.
func (q quickLinkify) SetOption(name parser.OptionName, value any) {
	if so, ok := q.InlineParser.(parser.SetOptioner); ok {
		so.SetOption(name, value)
	}
}

// mayLink reports whether Linkify may find a link at the start of line, which starts with the
// byte that triggered it or at the head of a line: false only where Linkify finds none.
func mayLink(line []byte) bool {
	switch line[0] {
	case ' ', '*', '_', '~', '(': // the trigger, which Linkify steps over
		line = line[1:]
	}
	if len(line) >= 4 {
		switch line[0] {
		case 'h':
			if bytes.HasPrefix(line, []byte("http")) {
				return true
			}
		case 'f':
			if bytes.HasPrefix(line, []byte("ftp:")) {
				return true
			}
		case 'w':
			if bytes.HasPrefix(line, []byte("www.")) {
				return true
			}
		}
	}
	return bytes.IndexByte(line[:min(len(line), 65)], '@') >= 0
}
