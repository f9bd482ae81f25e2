package figure

import "strings"

// Figures as speakers and budget tables say them: a calibre said without its millimetres
// between a count and the munition it counts ("40,000 155 rounds a month"), a price "each" or
// "apiece" after the count it prices ("230 missiles, at roughly $3.6 million each"), and
// "points" before a level in percent ("rose 5 points to 71 percent").

// calibres are the bores in millimetres that briefings name without their unit ("155 rounds",
// "105 ammunition").
var calibres = map[float64]bool{105: true, 120: true, 122: true, 125: true, 152: true, 155: true, 203: true}

// calibreNouns are the munitions a calibre said alone may name.
var calibreNouns = fieldSet(`round rounds shell shells ammunition artillery munition munitions projectile projectiles howitzer howitzers`)

// mergeSpokenCalibres joins a count and the calibre said after it without its unit: "about
// 40,000 155 rounds a month" counts 155 mm rounds, 40,000 of them a month; the calibre is no
// figure of its own. A calibre before a munition no count precedes is dropped where the munition
// is uncountable ("155 ammunition", "155 artillery").
func mergeSpokenCalibres(text string, figs []Figure) []Figure {
	out := figs[:0]
	for k := 0; k < len(figs); k++ {
		f := figs[k]
		if k+1 < len(figs) && f.Kind == Number && !f.IsRange && !f.IsList && text[f.End:figs[k+1].Start] == " " && spokenCalibre(text, figs[k+1]) && figs[k+1].Kind == Count {
			b := figs[k+1]
			f.Kind, f.Unit, f.Per, f.End = Count, b.Unit, b.Per, b.End
			f.Text = text[f.Start:f.End]
			out = append(out, f)
			k++
			continue
		}
		if f.Kind == Number && spokenCalibre(text, f) {
			if w, _, _ := wordAt(text, f.End); w == "ammunition" || w == "artillery" {
				continue // "155 ammunition": a calibre, no number of things
			}
		}
		out = append(out, f)
	}
	return out
}

// spokenCalibre reports whether f is a whole number of a calibre written without its unit and
// followed by the name of a munition.
func spokenCalibre(text string, f Figure) bool {
	if f.IsRange || f.IsList || f.Qualifier != "" || !calibres[f.Value] || f.NumEnd-f.NumStart != 3 {
		return false
	}
	w, k, _ := wordAt(text, f.NumEnd)
	return k == f.NumEnd+1 && calibreNouns[strings.ToLower(w)]
}

// priceEach gives a sum of money followed by "each", "apiece" or "a copy" the noun of the count
// before it in the sentence as what it is per: "230 missiles, at a cost of roughly $3.6 million
// each" is USD per missile. With no count before, it is per item.
func priceEach(text string, figs []Figure) {
	for k := range figs {
		f := &figs[k]
		if f.Kind != Money || f.Per != "" || f.IsList {
			continue
		}
		rest := text[f.End:]
		var word string
		for _, w := range [...]string{" each", " apiece", " a copy", " a piece"} {
			if strings.HasPrefix(rest, w) && (len(rest) == len(w) || !isLetter(rest[len(w)])) {
				word = w
				break
			}
		}
		if word == "" {
			continue
		}
		f.Per = "item"
		for j := k - 1; j >= 0; j-- {
			c := figs[j]
			if !oneSentence(text[c.End:f.Start], 150) {
				break
			}
			if c.Kind == Count && c.Per == "" {
				stem, suffix := lemma(strings.TrimPrefix(c.Unit, "count:"))
				f.Per = stem + suffix
				break
			}
		}
		f.End += len(word)
		f.Text = text[f.Start:f.End]
	}
}

// pointsToPercent makes a count of points after a verb of change and before "to" and a level in
// percent a change in percentage points: "the rate rose 5 points to 71 percent".
func pointsToPercent(text string, figs []Figure) {
	for k := range figs {
		a := &figs[k]
		if a.Kind == Number && !a.IsList && strings.HasPrefix(text[a.End:], " point") && (a.End+6 == len(text) || !isLetter(text[a.End+6])) {
			// "rose 0.3 point to 4.1 percent": a singular point, when a percent is beside it
			if k+1 < len(figs) && isPercentLevel(figs[k+1]) && text[a.End+6:figs[k+1].Start] == " to " ||
				k > 0 && isPercentLevel(figs[k-1]) && pointsAfterLevel(text[figs[k-1].End:a.Start]) {
				a.End += 6
				a.Text = text[a.Start:a.End]
				a.Kind, a.Unit = Percent, "percentage-point"
			}
			continue
		}
		if a.Kind != Count || a.Unit != "count:point" {
			continue
		}
		if k+1 < len(figs) && isPercentLevel(figs[k+1]) && text[a.End:figs[k+1].Start] == " to " && changeVerbBefore(text, a.Start, 1) ||
			k > 0 && isPercentLevel(figs[k-1]) && pointsAfterLevel(text[figs[k-1].End:a.Start]) {
			// "fell to 6.8%, down about 1.6 points", "62 percent, two points higher"
			a.Kind, a.Unit = Percent, "percentage-point"
		}
	}
}

// isPercentLevel reports whether f is a level in percent ("6.8%", "62 percent").
func isPercentLevel(f Figure) bool { return f.Kind == Percent && f.Unit == "percent" }

// pointsAfterLevel reports whether g, between a level in percent and a count of points, keeps
// them in one clause that gives the points as its change: ", down ", ", up ", ", or ", " -- ".
func pointsAfterLevel(g string) bool {
	if len(g) > 16 || strings.ContainsAny(g, ".;:()") {
		return false
	}
	switch strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(g), ",")) {
	case "down", "up", "", "--", "–", "—", "or", "a rise of", "a drop of", "a gain of", "a fall of", "an increase of", "a decrease of":
		return true
	}
	return false
}

// mergeBareEstimates joins two bare numbers a speaker gives as an estimate, "or" between them,
// into one range: "about 9 or 10 of the 34" (see estimatePair).
func mergeBareEstimates(text string, figs []Figure) []Figure {
	out := figs[:0]
	for k := 0; k < len(figs); k++ {
		f := figs[k]
		if k+1 < len(figs) && f.Kind == Number && figs[k+1].Kind == Number && !f.IsRange && !f.IsList && !figs[k+1].IsRange &&
			!figs[k+1].IsList && figs[k+1].Qualifier == "" && text[f.End:figs[k+1].Start] == " or " && estimatePair(" or ", f.Value, figs[k+1].Value) {
			b := figs[k+1]
			f.IsRange, f.Min, f.Max = true, f.Value, b.Value
			f.End, f.CoreEnd, f.NumEnd = b.End, b.CoreEnd, b.NumEnd
			f.Text = text[f.Start:f.End]
			out = append(out, f)
			k++
			continue
		}
		out = append(out, f)
	}
	return out
}
