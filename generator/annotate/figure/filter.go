package figure

import (
	"iter"
	"maps"
	"strings"
)

// wordFilter rules out most words before a table of words is looked up. For the first two
// bytes of a word, ASCII letters case folded, it has a bit for each length in bytes of a word of
// the table that begins with them. A word it cannot judge passes: one that does not begin with
// two ASCII letters (or is one), is empty or has 64 bytes or more.
type wordFilter [27 * 28]uint64

// letterClass is 0 to 25 for the ASCII letters, case folded, and 26 for every other byte; the
// second byte of a word of one letter is taken as 27.
var letterClass = func() (t [256]byte) {
	for c := range t {
		t[c] = 26
		if isLetter(byte(c)) {
			t[c] = (byte(c) | 0x20) - 'a'
		}
	}
	return t
}()

// build fills f with words.
func (f *wordFilter) build(words iter.Seq[string]) {
	for c0 := range 27 {
		for c1 := range 28 {
			if c0 == 26 || c1 == 26 {
				f[c0*28+c1] = ^uint64(0) // the words it cannot judge pass
			}
		}
	}
	for w := range words {
		if n := len(w); n > 0 && n < 64 {
			c1 := byte(27)
			if n > 1 {
				c1 = letterClass[w[1]]
			}
			f[int(letterClass[w[0]])*28+int(c1)] |= 1 << n
		}
	}
}

// mayHave reports whether w may be in the table: false only when it is not.
func (f *wordFilter) mayHave(w string) bool { return filterHas(f, w) }

// mayHaveBytes is mayHave for a word in a buffer.
func (f *wordFilter) mayHaveBytes(w []byte) bool { return filterHas(f, w) }

func filterHas[W string | []byte](f *wordFilter, w W) bool {
	n := len(w)
	if n == 0 || n >= 64 {
		return true
	}
	c1 := byte(27)
	if n > 1 {
		c1 = letterClass[w[1]]
	}
	return f[int(letterClass[w[0]])*28+int(c1)]&(1<<n) != 0
}

// mayStartAt reports whether the word that starts at k in text, text[k:wordEnd(text, k)], may be
// in the table when it has at most maxLen bytes, from its first two bytes alone: false only
// when it is not, as mayHave says. An empty word is taken as not in the table; a word whose
// second byte is not ASCII passes.
func (f *wordFilter) mayStartAt(text string, k, maxLen int) bool {
	if k >= len(text) {
		return false
	}
	c0 := text[k]
	if c0 < 0x80 && !isLetter(c0) {
		return false // no word starts here
	}
	c1 := byte(27) // a word of one letter
	if k+1 < len(text) {
		switch b := text[k+1]; {
		case b >= 0x80:
			return true // a letter or not: the length is unknown
		case isLetter(b):
			c1 = letterClass[b]
		}
	}
	lengths := uint64(1)<<(min(maxLen, 63)+1) - 2 // 1 to maxLen
	return f[int(letterClass[c0])*28+int(c1)]&lengths != 0
}

// Filters of the word tables, built by buildFilters once the tables are complete.
var (
	wordUnitFirst    wordFilter // the first word of each wordUnits phrase ("square" of "square miles")
	wordUnitWhole    wordFilter // the wordUnits phrases
	symbolFilter     wordFilter // the symbolUnits symbols
	qualifierLast    wordFilter // the last word of each qualifier ("than" of "more than")
	qualifierWhole   wordFilter // the qualifiers
	monthFilter      wordFilter
	designatorFilter wordFilter
	stopWordFilter   wordFilter
	numberFilter     wordFilter // numberWords
	irregularFilter  wordFilter // the irregular plurals
	casualtyFilter   wordFilter // casualtyWords
	verbsInSFilter   wordFilter // verbsInS
	// properPluralFilter has the words of properPlurals and equipmentPlurals
	properPluralFilter wordFilter
	notCountedFilter   wordFilter // notCounted
)

// wordUnitInfo is wordUnits with each canonical unit looked up: lookupUnit(wordUnits[w]).
var wordUnitInfo = map[string]unitInfo{}

// buildFilters builds the filters, and wordUnitInfo, from the finished tables.
func buildFilters() {
	for k, c := range wordUnits {
		wordUnitInfo[k] = lookupUnit(c)
	}
	wordUnitWhole.build(maps.Keys(wordUnits))
	wordUnitFirst.build(func(yield func(string) bool) {
		for k := range wordUnits {
			n := 0
			for n < len(k) && isLetter(k[n]) {
				n++
			}
			if !yield(k[:n]) {
				return
			}
		}
	})
	symbolFilter.build(maps.Keys(symbolUnits))
	qualifierWhole.build(maps.Keys(qualifiers))
	qualifierLast.build(func(yield func(string) bool) {
		for k := range qualifiers {
			if !yield(k[strings.LastIndexByte(k, ' ')+1:]) {
				return
			}
		}
	})
	monthFilter.build(maps.Keys(months))
	designatorFilter.build(maps.Keys(designators))
	stopWordFilter.build(maps.Keys(stopWords))
	numberFilter.build(maps.Keys(numberWords))
	irregularFilter.build(maps.Keys(irregular))
	casualtyFilter.build(maps.Keys(casualtyWords))
	verbsInSFilter.build(maps.Keys(verbsInS))
	properPluralFilter.build(func(yield func(string) bool) {
		for w := range properPlurals {
			if !yield(w) {
				return
			}
		}
		for w := range equipmentPlurals {
			if !yield(w) {
				return
			}
		}
	})
	notCountedFilter.build(maps.Keys(notCounted))
}

// isMonth, isDesignator and isStopWord look a word lower-cased into a buffer up in their
// tables (isNumberWordBytes, in signs.go, in numberWords).
func isMonth(w []byte) bool      { return monthFilter.mayHaveBytes(w) && months[string(w)] }
func isDesignator(w []byte) bool { return designatorFilter.mayHaveBytes(w) && designators[string(w)] }
func isStopWord(w []byte) bool   { return stopWordFilter.mayHaveBytes(w) && stopWords[string(w)] }
