package figure

import "strings"

// A headline written in title case capitalises every word but the short ones ("Pentagon Sends
// 3,000 More Troops to Poland"), so capitals there name nothing: the counted noun may be
// capitalised, and a capitalised word before a number is not a name as "Voyager 2" is.

// titleLine returns the bounds of the line around i when it reads as a headline in title case:
// shorter than 200 bytes, not started by a lower-case letter nor ended by a full stop, with at
// least three words of four letters or more that are no stop words, all of them capitalised.
func titleLine(text string, i int) (start, end int, ok bool) {
	const maxLine = 200
	from := max(0, i-maxLine)
	start = from + strings.LastIndexByte(text[from:i], '\n') + 1
	if start == from && from > 0 {
		return 0, 0, false // the line is too long
	}
	end = strings.IndexByte(text[i:min(len(text), i+maxLine)], '\n')
	if end < 0 {
		end = min(len(text), i+maxLine)
	} else {
		end += i
	}
	line := strings.Trim(text[start:end], " \t\r")
	if len(line) >= maxLine || strings.HasSuffix(line, ".") || line == "" || isLower(line[0]) {
		return 0, 0, false
	}
	capitalised := 0
	for k := 0; k < len(line); {
		if !isLetter(line[k]) {
			k++
			continue
		}
		e := wordEnd(line, k)
		if e-k >= 4 && (k == 0 || !isDigit(line[k-1])) {
			var b [16]byte
			w := line[k:e]
			if len(w) > len(b) || !stopWords[string(lowerASCII(b[:0], w))] {
				if !isUpper(w[0]) {
					return 0, 0, false
				}
				capitalised++
			}
		}
		k = e
	}
	return start, end, capitalised >= 3
}

// titleCountNoun finds the counted noun after a number ending at p in a headline in title case,
// the line [ls, le) of text, reading its capitalised words as if in lower case: "Two
// Virginia-Class Submarines" → count:virginia-class submarine, "3,000 More Troops" →
// count:troop. Acronyms and models keep their capitals ("Four F-16s").
func titleCountNoun(text string, p, ls, le int, one bool) (nounPhrase, bool) {
	b := []byte(text[ls:le])
	for k := 0; k < len(b); {
		if !isLetter(b[k]) {
			k++
			continue
		}
		e := k + 1
		for e < len(b) && (isLetter(b[e]) || b[e] == '-' && e+1 < len(b) && isLetter(b[e+1])) {
			e++
		}
		if capitalisedWord(b[k:e]) {
			for j := k; j < e; j++ {
				if isUpper(b[j]) {
					b[j] |= 0x20
				}
			}
		}
		k = e
	}
	np, ok := countNoun(string(b), p-ls, one, true)
	if !ok {
		return nounPhrase{}, false
	}
	for k := 0; k < np.n; k++ {
		np.words[k][0] += ls
		np.words[k][1] += ls
	}
	np.text, np.title = text, true
	return np, true
}

// capitalisedWord reports whether each part of the word w, split at its hyphens, is a capital
// and lower-case letters ("Troops", "Virginia-Class"; not "HIMARS", "McCain" or "F").
func capitalisedWord[W string | []byte](w W) bool {
	start := 0 // of the part
	for k := 0; k <= len(w); k++ {
		switch {
		case k == len(w) || w[k] == '-':
			if k-start < 2 {
				return false
			}
			start = k + 1
		case k == start && !isUpper(w[k]), k > start && !isLower(w[k]):
			return false
		}
	}
	return true
}

// titleVerbBefore reports whether the capitalised word before a number in a headline in title
// case may be a verb rather than a name: the number is in words or grouped ("Pentagon Sends
// 3,000 More Troops", "Navy Orders Two Ships"), where a name's number is a small whole one in
// digits ("Balikatan 24 Concludes", "Falcon 9 Launches").
func titleVerbBefore(text string, n num, start int) bool {
	if n.plainInt && !n.words {
		return false
	}
	_, _, ok := titleLine(text, start)
	return ok
}

// titleName reports whether a small whole number in digits (up to three of them) after the
// first word of a headline in title case is that name's number: "Balikatan 24 Concludes",
// "Falcon 9 Launches" (where in a sentence, "Voyager 2 launched", the first word's capital
// says nothing).
func titleName(text string, n num, start, ps int) bool {
	if !n.plainInt || n.words || n.intDigits > 3 || !lineStart(text, ps) {
		return false
	}
	_, _, ok := titleLine(text, start)
	return ok
}
