package annotate

import (
	"strconv"
	"strings"

	"github.com/sitrep-archive/sitrep/generator/annotate/figure"
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
	f := *node.(*FigureNode).Figure
	class := "fig fig-" + string(f.Kind)
	if f.Check != nil {
		if f.Check.OK {
			class += " fig-checked"
		} else {
			class += " fig-mismatch"
		}
	}
	norm := f.Normalised()
	_, _ = w.WriteString(`<data class="` + class + `" value="`)
	_, _ = w.Write(util.EscapeHTML([]byte(norm)))
	_, _ = w.WriteString(`" title="`)
	_, _ = w.Write(util.EscapeHTML([]byte(figureTitle(f, norm))))
	_, _ = w.WriteString(`">`)
	return ast.WalkContinue, nil
}

// FigureTitle is the tooltip of a figure: its normalised value, its SI value where one
// applies, and the result of the conversion check.
func FigureTitle(f figure.Figure) string { return figureTitle(f, f.Normalised()) }

func figureTitle(f figure.Figure, norm string) string {
	var b strings.Builder
	b.WriteString(string(f.Kind))
	b.WriteString(": ")
	if f.Qualifier != "" {
		b.WriteString(strings.ReplaceAll(f.Qualifier, "-", " "))
		b.WriteByte(' ')
		norm = strings.TrimPrefix(norm, f.Qualifier+" ") // said once, in words
	}
	b.WriteString(norm)
	if f.SIUnit != "" && f.SIUnit != f.Unit {
		b.WriteString(" (")
		b.WriteString(strconv.FormatFloat(f.SI, 'g', 6, 64))
		b.WriteByte(' ')
		b.WriteString(f.SIUnit)
		b.WriteByte(')')
	}
	if f.Check != nil {
		if f.Check.OK {
			b.WriteString("; conversion checked: ")
		} else {
			b.WriteString("; conversion mismatch: ")
		}
		b.WriteString(f.Check.Message)
	}
	return b.String()
}

func (r *nodeRenderer) renderPlace(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		_, _ = w.WriteString("</a>")
		return ast.WalkContinue, nil
	}
	p := node.(*PlaceNode).Place
	_, _ = w.WriteString(`<a class="place" href="`)
	_, _ = w.Write(util.EscapeHTML([]byte(r.opts.PlaceURL(p.Slug))))
	_, _ = w.WriteString(`" data-country="` + p.Country + `"`)
	if p.HasCoords {
		_, _ = w.WriteString(` data-lat="` + strconv.FormatFloat(p.Lat, 'f', 4, 64) +
			`" data-lon="` + strconv.FormatFloat(p.Lon, 'f', 4, 64) + `"`)
	}
	title := p.Name
	if p.Region != "" && p.Region != p.Name {
		title += ", " + p.Region
	}
	if p.Country != "" {
		title += " (" + p.Country + ")"
	}
	_, _ = w.WriteString(` title="`)
	_, _ = w.Write(util.EscapeHTML([]byte(title)))
	_, _ = w.WriteString(`">`)
	return ast.WalkContinue, nil
}
