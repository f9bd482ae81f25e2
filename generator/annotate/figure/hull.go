package figure

import "strings"

// Ships named by hull: a type's acronym and a number ("CVN 80", "LHA 9", "T-AO 205"), which
// budget documents count as things ("two CVN 80s", "one LHA 9", "two T-AO 205 oilers").

// hullTypes are the U.S. Navy's hull classification symbols that budget documents count ships
// by, with the T- of the Military Sealift Command's ships.
var hullTypes = map[string]bool{"CVN": true, "DDG": true, "CG": true, "FFG": true, "LCS": true, "LHA": true,
	"LHD": true, "LPD": true, "LSD": true, "LSM": true, "SSN": true, "SSBN": true, "SSGN": true, "ESB": true, "EPF": true,
	"LCU": true, "LCAC": true, "T-AO": true, "T-AKE": true, "T-ATS": true, "T-AGOS": true, "T-AGS": true, "T-ARC": true,
	"T-EPF": true, "T-ESB": true, "T-AH": true, "T-AOE": true}

// hullEnd returns the end of a hull's type and number at k ("CVN 80", "T-AO 205"), with its
// plural "s" when one touches the number ("CVN 80s"), and whether it is plural; k when there is
// none. What follows must end the word.
func hullEnd(text string, k int) (int, bool) {
	j := k
	for j < len(text) && (isUpper(text[j]) || text[j] == '-') {
		j++
	}
	class := false // a Chinese class: "Type 071s", "Type 054As"
	if strings.HasPrefix(text[k:], "Type ") {
		j, class = k+len("Type"), true
	} else if !hullTypes[text[k:j]] {
		return k, false
	}
	if j+1 >= len(text) || text[j] != ' ' || !isDigit(text[j+1]) {
		return k, false
	}
	j++
	d := j
	for j < len(text) && isDigit(text[j]) && j-d < 4 {
		j++
	}
	if class && j < len(text) && isUpper(text[j]) && j+1 < len(text) && text[j+1] == 's' {
		j++ // "Type 054As"
	}
	plural := j < len(text) && text[j] == 's'
	if class && !plural {
		return k, false // "a Type 075 and two destroyers": a class's name, not a count of hulls
	}
	if plural {
		j++
	}
	if j < len(text) && (isLetter(text[j]) || isDigit(text[j])) {
		return k, false
	}
	return j, plural
}
