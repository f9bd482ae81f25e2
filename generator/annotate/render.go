package annotate

import (
	"math"
	"strconv"
	"strings"

	"github.com/sitrep-archive/sitrep/generator/annotate/figure"
	"github.com/sitrep-archive/sitrep/generator/annotate/place"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

type nodeRenderer struct {
	opts Options
}

// RegisterFuncs implements renderer.NodeRenderer.
func (r *nodeRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(KindFigure, r.renderFigure)
	reg.Register(KindPlace, r.renderPlace)
}

func (r *nodeRenderer) renderFigure(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		_, _ = w.WriteString("</data>")
		return ast.WalkContinue, nil
	}
	f := node.(*FigureNode).Figure
	_, _ = w.WriteString(`<data class="fig fig-`)
	_, _ = w.WriteString(string(f.Kind))
	if f.Check != nil {
		if f.Check.OK {
			_, _ = w.WriteString(" fig-checked")
		} else {
			_, _ = w.WriteString(" fig-mismatch")
		}
	}
	_, _ = w.WriteString(`" value="`)
	norm := f.Normalised()
	esc := htmlEscaper{w}
	esc.WriteString(norm)
	_, _ = w.WriteString(`" title="`)
	writeFigureTitle(esc, f, norm)
	_, _ = w.WriteString(`">`)
	return ast.WalkContinue, nil
}

// FigureTitle is the tooltip of a figure: its normalised value, its SI value where one
// applies, and the result of the conversion check.
func FigureTitle(f figure.Figure) string {
	var b strings.Builder
	writeFigureTitle(&b, &f, f.Normalised())
	return b.String()
}

// titleWriter is where writeFigureTitle writes: a strings.Builder, or an htmlEscaper writing
// into a page.
type titleWriter interface {
	WriteString(s string) (int, error)
	WriteByte(c byte) error
}

// writeFigureTitle writes the tooltip of f, whose normalised value is norm, to b.
func writeFigureTitle[W titleWriter](b W, f *figure.Figure, norm string) {
	_, _ = b.WriteString(string(f.Kind))
	_, _ = b.WriteString(": ")
	if f.Qualifier != "" {
		for i := 0; i < len(f.Qualifier); i++ { // the qualifier with its hyphens as spaces
			c := f.Qualifier[i]
			if c == '-' {
				c = ' '
			}
			_ = b.WriteByte(c)
		}
		_ = b.WriteByte(' ')
		if len(norm) > len(f.Qualifier) && norm[len(f.Qualifier)] == ' ' && strings.HasPrefix(norm, f.Qualifier) {
			norm = norm[len(f.Qualifier)+1:] // said once, in words
		}
	}
	_, _ = b.WriteString(norm)
	if f.SIUnit != "" && f.SIUnit != f.Unit {
		var num [32]byte
		_, _ = b.WriteString(" (")
		writeBytes(b, appendSI(num[:0], f.SI))
		_ = b.WriteByte(' ')
		_, _ = b.WriteString(f.SIUnit)
		_ = b.WriteByte(')')
	}
	if f.Check != nil {
		if f.Check.OK {
			_, _ = b.WriteString("; conversion checked: ")
		} else {
			_, _ = b.WriteString("; conversion mismatch: ")
		}
		_, _ = b.WriteString(f.Check.Message)
	}
}

// appendSI appends v to b to six significant digits, as a reader writes it: digits grouped by
// thousands from a million up ("1,083,000,000", not "1.083e+09"), plain below, and in
// exponent form only where plain digits would be too many (below 0.0001, from 10^21).
func appendSI(b []byte, v float64) []byte {
	a := math.Abs(v)
	if a < 1e6 || a >= 1e21 {
		return strconv.AppendFloat(b, v, 'g', 6, 64)
	}
	r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 6, 64), 64) // six significant digits
	var digits [32]byte
	d := strconv.AppendFloat(digits[:0], math.Abs(r), 'f', 0, 64)
	if v < 0 {
		b = append(b, '-')
	}
	for i, c := range d {
		if i > 0 && (len(d)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, c)
	}
	return b
}

// writeBytes writes b byte by byte: a buffer on the stack handed to an interface's Write
// would be moved to the heap.
func writeBytes[W interface{ WriteByte(c byte) error }](w W, b []byte) {
	for _, c := range b {
		_ = w.WriteByte(c)
	}
}

// htmlEscaper writes text into a page escaped as util.EscapeHTML escapes it, without making
// an escaped copy first.
type htmlEscaper struct{ w pageWriter }

func (e htmlEscaper) WriteString(s string) (int, error) {
	done := 0
	for i := 0; i < len(s); i++ {
		if esc := util.EscapeHTMLByte(s[i]); esc != nil {
			_, _ = e.w.WriteString(s[done:i])
			_, _ = e.w.Write(esc)
			done = i + 1
		}
	}
	_, _ = e.w.WriteString(s[done:])
	return len(s), nil
}

func (e htmlEscaper) WriteByte(c byte) error {
	if esc := util.EscapeHTMLByte(c); esc != nil {
		_, err := e.w.Write(esc)
		return err
	}
	return e.w.WriteByte(c)
}

func (r *nodeRenderer) renderPlace(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		_, _ = w.WriteString("</a>")
		return ast.WalkContinue, nil
	}
	if n := node.(*PlaceNode); n.tag != "" {
		_, _ = w.WriteString(n.tag) // written when the place was first seen
	} else {
		writePlaceTag(w, n.Place, r.opts.PlaceURL)
	}
	return ast.WalkContinue, nil
}

// pageWriter is where HTML is written: a page's util.BufWriter, or a strings.Builder.
type pageWriter interface {
	WriteString(s string) (int, error)
	WriteByte(c byte) error
	Write(b []byte) (int, error)
}

// writePlaceTag writes the opening tag of a mention of p, whose page is at placeURL(p.Slug).
func writePlaceTag[W pageWriter](w W, p *place.Place, placeURL func(slug string) string) {
	esc := htmlEscaper{w}
	_, _ = w.WriteString(`<a class="place" href="`)
	esc.WriteString(placeURL(p.Slug))
	_, _ = w.WriteString(`" data-country="`)
	_, _ = w.WriteString(p.Country)
	_ = w.WriteByte('"')
	if p.HasCoords {
		var num [32]byte
		_, _ = w.WriteString(` data-lat="`)
		writeBytes(w, strconv.AppendFloat(num[:0], p.Lat, 'f', 4, 64))
		_, _ = w.WriteString(`" data-lon="`)
		writeBytes(w, strconv.AppendFloat(num[:0], p.Lon, 'f', 4, 64))
		_ = w.WriteByte('"')
	}
	_, _ = w.WriteString(` title="`)
	esc.WriteString(p.Name)
	if p.Region != "" && p.Region != p.Name {
		esc.WriteString(", ")
		esc.WriteString(p.Region)
	}
	if p.Country != "" {
		esc.WriteString(" (")
		esc.WriteString(p.Country)
		_ = esc.WriteByte(')')
	}
	_, _ = w.WriteString(`">`)
}
