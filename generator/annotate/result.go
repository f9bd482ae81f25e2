package annotate

import (
	"github.com/sitrep-archive/sitrep/generator/annotate/figure"
	"github.com/sitrep-archive/sitrep/generator/annotate/place"
)

// Result is what the annotation stage found in one briefing.
type Result struct {
	// Figures are in the order of the text, so their Segments ascend.
	Figures []Figure
	// Places are in the order of their first mention.
	Places []PlaceMention
	// Operations are the names that followed the word "Operation" in the text
	// ("Operation Inherent Resolve" → "Inherent Resolve"), in order of first mention.
	Operations []string
	// Warnings are conversion mismatches and similar, with lines in the source file.
	Warnings []Warning
}

// Figure is a figure with the line of the source file it stands on.
type Figure struct {
	figure.Figure
	Line int
	// Segment is the index of the block (paragraph, heading, table cell, list item) the
	// figure stands in, in document order; PlaceMention.Segments uses the same numbering.
	Segment int
}

// PlaceMention is a place with the text it was found as and how often the briefing names it.
//
// Place is shared: every mention of the same place in the briefings of one annotator (one
// build) points to the same Place, which must not be changed.
type PlaceMention struct {
	*place.Place
	Text  string // the first surface form ("Raqqa")
	Count int
	// Actor: of Count, the mentions of a country written before a noun of forces or
	// officials ("U.S. forces"): they say who acts, not where, and theatre inference leaves
	// them out.
	Actor int
	Line  int // line of the first mention
	// Segments are the blocks that name the place, ascending, each once (see Figure.Segment).
	Segments []int
}

// Warning is a problem found while annotating: the line in the source file and a message.
type Warning struct {
	Line    int
	Col     int
	Length  int
	Message string
}
