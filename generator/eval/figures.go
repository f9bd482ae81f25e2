package eval

import (
	"math"
	"strings"

	"github.com/sitrep-archive/sitrep/generator/annotate/figure"
)

// FigureScores are the figure metrics of one file.
//
// How figures are scored:
//
//   - Only rows whose figures are labelled count (FiguresLabelled); an empty list is a labelled
//     row with no figures, so every prediction in it is a false positive.
//   - A Recognizers-Text row labels one type only (its scope), so only predictions of the kinds
//     that type covers are scored there: number → number and count figures; percent → percent;
//     currency → money; dimension → length, area, mass, volume, speed and other measurements
//     (not temperatures or durations); age and duration → duration; temperature → temperature
//     and bare degrees. Rows scoped "all-quantities" score every prediction.
//   - The span compared with a gold span follows the sources' convention: no source includes a
//     counted noun ("seven" in "seven strikes"), and only MeasEval includes the qualifier ("∼5 m",
//     "more than 30"). So a prediction's span is its core (CoreStart:CoreEnd) for all sources but
//     MeasEval, where it runs from Start to CoreEnd. In a number-scoped row the span is the number
//     itself (NumStart:NumEnd).
//   - A list of numbers sharing a unit ("45 and 50 mg") is one prediction (IsList) where the
//     source labels lists as one span (grobid-quantities, MeasEval), and one prediction per
//     item, each with the list's unit, where it labels each number (quantulum3, Recognizers).
//     A gold list has no single value, so its value and unit are not scored.
//     Where the source labels lists as one span, bare numbers separated only by ", ", "and" or
//     "or" are also joined into one prediction ("x = 0.3 and 0.7"), with the first one's value.
//   - Matching is one to one: first every prediction whose span equals a gold span (strict),
//     then, greedily in text order, a remaining prediction and a remaining gold span that overlap.
//     Strict P/R/F1 count strict matches only; overlap P/R/F1 count strict and overlap matches.
//   - ValueUnitAccuracy is measured on matched pairs whose gold span has a value (or a range's
//     ends): the value must agree within a relative 1e-6 (a range matches on its ends, its lower
//     end or its midpoint, as sources differ), and, where the gold unit is given, the units must
//     agree: a gold "count" or "number" is matched by a predicted "number" or any "count:NOUN";
//     other units agree when the canonical strings are equal, when the source's own string
//     (raw_unit) equals the predicted unit, when the gold unit names the counted noun
//     ("passages", count:passage), or when both read as the same physical unit (units.go), the
//     values then compared in base units ("6 day" and "518400 second").
type FigureScores struct {
	Rows, Gold, Predicted                                     int
	StrictP, StrictR, StrictF1, OverlapP, OverlapR, OverlapF1 float64
	Matched                                                   int
	ValueUnitAccuracy                                         float64 // on strict-or-overlap matched spans
	StrictMatched, ValueUnitScored, ValueUnitCorrect          int
}

// scopeKinds reports whether a predicted figure is in a row's scope.
func inScope(scope string, f figure.Figure) bool {
	switch scope {
	case "", "all-quantities":
		return true
	case "number":
		return f.Kind == figure.Number || f.Kind == figure.Count || f.Kind == figure.Money || f.Kind == figure.Duration
	case "percent":
		return f.Kind == figure.Percent
	case "currency":
		return f.Kind == figure.Money
	case "dimension":
		switch f.Kind {
		case figure.Length, figure.Area, figure.Mass, figure.Volume, figure.Speed, figure.Other:
			return f.Unit != "deg" && f.Unit != "times" && f.Unit != "fold"
		}
		return false
	case "age", "duration":
		return f.Kind == figure.Duration
	case "temperature":
		return f.Kind == figure.Temperature || f.Unit == "deg"
	}
	return true
}

// listsAsOneSpan reports whether a source labels a list of numbers sharing a unit as one span
// (grobid-quantities and MeasEval do; quantulum3 and Recognizers label each number).
func listsAsOneSpan(source string) bool {
	return source == "grobid-quantities" || source == "MeasEval"
}

// joinBareLists joins bare numbers separated only by list separators (", ", " and ", ", and ",
// " or ") into one list prediction, for sources that label such a list as one span ("x = 0.3
// and 0.7", "Classes 6, 7 and 8"). Its value is the first number's.
func joinBareLists(text string, preds []figure.Figure) []figure.Figure {
	bare := func(f figure.Figure) bool { return f.Kind == figure.Number && !f.IsRange && !f.IsList }
	out := preds[:0]
	for i := 0; i < len(preds); {
		j := i
		for bare(preds[i]) && j+1 < len(preds) && bare(preds[j+1]) && preds[j+1].Qualifier == "" &&
			preds[j].End <= preds[j+1].Start && listSeparator(text[preds[j].End:preds[j+1].Start]) {
			j++
		}
		f := preds[i]
		if j > i {
			l := preds[j]
			f.IsList = true
			f.End, f.CoreEnd, f.NumEnd = l.End, l.CoreEnd, l.NumEnd
			f.Text = text[f.Start:f.End]
		}
		out = append(out, f)
		i = j + 1
	}
	return out
}

func listSeparator(g string) bool {
	switch g {
	case ", ", " and ", ", and ", " or ", ", or ":
		return true
	}
	return false
}

// splitList turns a list figure into one figure per item, each with the list's unit.
func splitList(f figure.Figure) []figure.Figure {
	out := make([]figure.Figure, 0, len(f.Parts))
	for k, p := range f.Parts {
		g := f
		g.IsList, g.Parts, g.Value = false, nil, p.Value
		g.CoreStart, g.CoreEnd, g.NumStart, g.NumEnd = p.Start, p.End, p.Start, p.End
		g.Start, g.End = p.Start, p.End
		if k == 0 {
			g.Start = f.Start
		}
		if k == len(f.Parts)-1 {
			g.NumEnd, g.End = f.NumEnd, f.End
		}
		out = append(out, g)
	}
	return out
}

// predSpan is the span of a prediction compared with gold spans (see FigureScores).
func predSpan(row *Row, f figure.Figure) (int, int) {
	if row.Scope == "number" {
		return f.NumStart, f.NumEnd
	}
	if row.Source == "MeasEval" {
		return f.Start, f.CoreEnd
	}
	return f.CoreStart, f.CoreEnd
}

// FigureMatch is one prediction or gold span with how it matched, for error analysis.
type FigureMatch struct {
	Row        int
	Start, End int
	Gold       *GoldFigure
	Pred       *figure.Figure
	Strict     bool
	// SpanOnly marks a match by overlap whose value and unit agree (or are not scored) but
	// whose span is not the gold's. PredStart and PredEnd are the prediction's compared
	// span, for a match that is not strict.
	SpanOnly           bool
	PredStart, PredEnd int
}

// ScoreFigures scores find on the rows.
func ScoreFigures(rows []Row, find func(text string) []figure.Figure) FigureScores {
	s, _ := scoreFigures(rows, find)
	return s
}

// scoreFigures scores and also returns the false positives and negatives (Gold or Pred nil).
func scoreFigures(rows []Row, find func(text string) []figure.Figure) (FigureScores, []FigureMatch) {
	var s FigureScores
	var errs []FigureMatch
	for ri := range rows {
		row := &rows[ri]
		if !row.FiguresLabelled() {
			continue
		}
		s.Rows++
		var preds []figure.Figure
		for _, f := range find(row.Text) {
			if !inScope(row.Scope, f) {
				continue
			}
			if f.IsList && !listsAsOneSpan(row.Source) {
				preds = append(preds, splitList(f)...)
				continue
			}
			preds = append(preds, f)
		}
		if listsAsOneSpan(row.Source) {
			preds = joinBareLists(row.Text, preds)
		}
		gold := row.Figures
		s.Gold += len(gold)
		s.Predicted += len(preds)
		pm := make([]int, len(preds)) // gold index+1 matched to each prediction
		gm := make([]int, len(gold))
		strict := make([]bool, len(preds))
		for pi, p := range preds {
			ps, pe := predSpan(row, p)
			for gi, g := range gold {
				if gm[gi] == 0 && g.Start == ps && g.End == pe {
					pm[pi], gm[gi], strict[pi] = gi+1, pi+1, true
					s.StrictMatched++
					break
				}
			}
		}
		for pi, p := range preds {
			if pm[pi] != 0 {
				continue
			}
			ps, pe := predSpan(row, p)
			for gi, g := range gold {
				if gm[gi] == 0 && ps < g.End && g.Start < pe {
					pm[pi], gm[gi] = gi+1, pi+1
					break
				}
			}
		}
		for pi := range preds {
			if pm[pi] == 0 {
				ps, pe := predSpan(row, preds[pi])
				errs = append(errs, FigureMatch{Row: ri, Start: ps, End: pe, Pred: &preds[pi]})
				continue
			}
			s.Matched++
			g := &gold[pm[pi]-1]
			ok, scored := valueUnitAgree(g, preds[pi])
			if scored {
				s.ValueUnitScored++
				if ok {
					s.ValueUnitCorrect++
				} else {
					ps, pe := predSpan(row, preds[pi])
					errs = append(errs, FigureMatch{Row: ri, Start: g.Start, End: g.End, Gold: g, Pred: &preds[pi], Strict: strict[pi],
						PredStart: ps, PredEnd: pe})
				}
			}
			if !strict[pi] && (ok || !scored) {
				ps, pe := predSpan(row, preds[pi])
				errs = append(errs, FigureMatch{Row: ri, Start: g.Start, End: g.End, Gold: g, Pred: &preds[pi],
					SpanOnly: true, PredStart: ps, PredEnd: pe})
			}
		}
		for gi := range gold {
			if gm[gi] == 0 {
				errs = append(errs, FigureMatch{Row: ri, Start: gold[gi].Start, End: gold[gi].End, Gold: &gold[gi]})
			}
		}
	}
	s.StrictP, s.StrictR, s.StrictF1 = prf(s.StrictMatched, s.Predicted, s.Gold)
	s.OverlapP, s.OverlapR, s.OverlapF1 = prf(s.Matched, s.Predicted, s.Gold)
	if s.ValueUnitScored > 0 {
		s.ValueUnitAccuracy = float64(s.ValueUnitCorrect) / float64(s.ValueUnitScored)
	}
	return s, errs
}

// prf is precision, recall and F1 from true positives, predictions and gold spans.
func prf(tp, pred, gold int) (p, r, f float64) {
	if pred > 0 {
		p = float64(tp) / float64(pred)
	}
	if gold > 0 {
		r = float64(tp) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func close6(a, b float64) bool {
	if a == b {
		return true
	}
	return math.Abs(a-b) <= 1e-6*math.Max(math.Abs(a), math.Abs(b))
}

// valueUnitAgree compares a matched pair; scored is false when the gold span has no value.
func valueUnitAgree(g *GoldFigure, p figure.Figure) (ok, scored bool) {
	if g.Value == nil && (g.Min == nil || g.Max == nil) {
		return false, false
	}
	if g.Unit == nil || unitsAgree(g, p) {
		return valuesAgree(g, p, 1), true
	}
	if scale, same := samePhysicalUnit(g, p); same {
		return valuesAgree(g, p, scale), true
	}
	return false, true
}

// valuesAgree compares the gold value (or range) with the predicted one multiplied by scale
// (the predicted unit in gold units).
func valuesAgree(g *GoldFigure, p figure.Figure, scale float64) bool {
	value, lo, hi := p.Value*scale, p.Min*scale, p.Max*scale
	if g.Value != nil {
		v := *g.Value
		if close6(v, value) || p.IsRange && (close6(v, lo) || close6(v, (lo+hi)/2)) {
			return true
		}
		return g.Min != nil && g.Max != nil && p.IsRange && close6(*g.Min, lo) && close6(*g.Max, hi)
	}
	return p.IsRange && close6(*g.Min, lo) && close6(*g.Max, hi)
}

// unitsAgree compares a gold unit with a predicted canonical unit as strings (see
// FigureScores): the same canonical unit, or the source's own unit string, or a count whose
// noun the source gives as its unit ("13 passages", unit "passages", is count:passage).
func unitsAgree(g *GoldFigure, p figure.Figure) bool {
	gold, pred := *g.Unit, p.Unit
	countish := func(u string) bool { return u == "number" || u == "count" || strings.HasPrefix(u, "count:") }
	if gold == "count" || gold == "number" {
		return countish(pred)
	}
	if gold == pred || g.RawUnit != nil && *g.RawUnit == pred {
		return true
	}
	if noun, ok := strings.CutPrefix(pred, "count:"); ok && isWords(gold) {
		return nounLemma(gold) == strings.ToLower(noun)
	}
	return false
}

// isWords reports whether a unit is written in ASCII letters, spaces and hyphens only, as the
// name of a counted noun is ("passages", "scale heights"), not a symbol ("μas").
func isWords(u string) bool {
	letters := 0
	for i := 0; i < len(u); i++ {
		switch c := u[i]; {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters++
		case c != ' ' && c != '-':
			return false
		}
	}
	return letters >= 3
}

// nounLemma is the singular of a unit that names a counted noun, its last word made singular:
// "scale heights" → "scale height".
func nounLemma(u string) string {
	u = strings.ToLower(strings.TrimSpace(u))
	i := strings.LastIndexByte(u, ' ') + 1
	return u[:i] + figure.Lemma(u[i:])
}

// samePhysicalUnit reports whether the gold and predicted units, written differently, are units
// of the same dimension (see physUnit), and scale, the size of the predicted unit in gold
// units. Units of no dimension (percent, counts) never agree this way: their strings must.
func samePhysicalUnit(g *GoldFigure, p figure.Figure) (scale float64, ok bool) {
	predUnit := p.Unit
	if p.Per != "" {
		predUnit += "/" + p.Per
	}
	pu, ok := parseUnit(predUnit)
	if !ok || len(pu.dims) == 0 {
		return 0, false
	}
	for _, gold := range []*string{g.Unit, g.RawUnit} {
		if gold == nil {
			continue
		}
		if gu, ok := parseUnit(*gold); ok && gu.sameDims(pu) {
			return pu.factor / gu.factor, true
		}
	}
	return 0, false
}
