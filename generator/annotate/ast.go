package annotate

import (
	"fmt"

	"github.com/sitrep-archive/sitrep/generator/annotate/figure"
	"github.com/sitrep-archive/sitrep/generator/annotate/place"
	"github.com/yuin/goldmark/ast"
)

// KindFigure is the node kind of a figure.
var KindFigure = ast.NewNodeKind("SitrepFigure")

// KindPlace is the node kind of a place name.
var KindPlace = ast.NewNodeKind("SitrepPlace")

// FigureNode wraps the text of one figure. Figure points into the document's Result.
type FigureNode struct {
	ast.BaseInline
	Figure *figure.Figure
}

// Kind implements ast.Node.
func (n *FigureNode) Kind() ast.NodeKind { return KindFigure }

// Dump implements ast.Node.
func (n *FigureNode) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{
		"Kind": string(n.Figure.Kind), "Value": n.Figure.Normalised(),
	}, nil)
}

// PlaceNode wraps the text of one place name. Place points into the document's Result.
type PlaceNode struct {
	ast.BaseInline
	Place *place.Place
	tag   string // the opening tag, written once for every mention of the place; "" if not
}

// Kind implements ast.Node.
func (n *PlaceNode) Kind() ast.NodeKind { return KindPlace }

// Dump implements ast.Node.
func (n *PlaceNode) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{
		"Place": n.Place.Name, "Country": n.Place.Country, "ID": fmt.Sprint(n.Place.ID),
	}, nil)
}
