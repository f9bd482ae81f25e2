package figure

import "strings"

// countNoun finds the counted noun after a number ending at p: up to three words, stopping at
// stop words, ending in a plural noun (or, when one is set, a singular noun). It returns the
// noun phrase with its last word lemmatised, and the phrase's end.
func countNoun(text string, p int, one bool) (string, int, bool) {
	var words [3][2]int
	nw := 0
	q := p
	for nw < 3 {
		k := skipSpace1(text, q)
		if k == q || k-q > 1 && nw > 0 {
			if !(nw == 0 && k == q && q < len(text) && text[q] == '-') {
				break
			}
			k = q + 1 // "30-day" is a unit; "5-member" a counted noun
		}
		e := wordEnd(text, k)
		if e == k || e-k > 24 {
			break
		}
		if e < len(text) && (isDigit(text[e]) || text[e] == '_') {
			break
		}
		w := text[k:e]
		lw := strings.ToLower(w)
		if stopWords[lw] || months[lw] || isNumberWord(lw) {
			break
		}
		if _, ok := qualifiers[lw]; ok {
			break
		}
		if isUpper(w[0]) && nw == 0 && !one {
			break
		}
		words[nw] = [2]int{k, e}
		nw++
		if one {
			if plural(lw) && !strings.HasSuffix(lw, "ss") {
				return "", 0, false
			}
			break // after "one", the noun is one word: "one strike"

		}
		if plural(lw) {
			break
		}
		q = e
	}
	if nw == 0 {
		return "", 0, false
	}
	last := words[nw-1]
	lw := strings.ToLower(text[last[0]:last[1]])
	if !one && !plural(lw) {
		return "", 0, false
	}
	if one && nw > 2 {
		return "", 0, false
	}
	var b strings.Builder
	for k := 0; k < nw-1; k++ {
		w := text[words[k][0]:words[k][1]]
		if !isAcronym(w) {
			w = strings.ToLower(w)
		}
		b.WriteString(w)
		b.WriteByte(' ')
	}
	if one {
		b.WriteString(lw)
	} else {
		b.WriteString(Lemma(lw))
	}
	return b.String(), last[1], true
}

func isAcronym(w string) bool {
	return len(w) > 1 && isUpper(w[0]) && isUpper(w[1])
}

// plural reports whether a lower-case word looks like a plural noun.
func plural(w string) bool {
	if _, ok := irregular[w]; ok {
		return true
	}
	n := len(w)
	if n < 3 || w[n-1] != 's' {
		return false
	}
	switch {
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"),
		strings.HasSuffix(w, "ous"), strings.HasSuffix(w, "'s"), strings.HasSuffix(w, "ics"):
		return false
	}
	return true
}

// Lemma returns the singular of a lower-case plural noun: "strikes" → "strike", "casualties" →
// "casualty", "people" → "person", "boxes" → "box". Words that are not plural come back unchanged.
func Lemma(w string) string {
	if l, ok := irregular[w]; ok {
		return l
	}
	n := len(w)
	if n < 3 || w[n-1] != 's' || !plural(w) {
		return w
	}
	switch {
	case strings.HasSuffix(w, "ies") && n > 4:
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "ves") && n > 4:
		stem := w[:n-3]
		if strings.HasSuffix(stem, "l") || strings.HasSuffix(stem, "ar") || strings.HasSuffix(stem, "ea") {
			return stem + "f" // wolves, wharves, leaves
		}
		if strings.HasSuffix(stem, "i") {
			return stem + "fe" // knives, lives
		}
		return w[:n-1]
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zes"),
		strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"):
		return w[:n-2]
	case strings.HasSuffix(w, "oes") && n > 5:
		return w[:n-2]
	}
	return w[:n-1]
}
