package place

import (
	"math/bits"
	"strings"
)

// The register of American local news: a text that speaks of a city council and its city
// manager, elementary schools and third-graders, a sheriff and a township, downtown, or gives
// a number in the North American plan (952-873-6325) is written for readers in the United
// States, and a town it names without its state is most often theirs ("the Athens City
// Council", "Dublin elementary schools", "the Jordan middle school"), not the world city of
// the same name. Each kind of cue counts once; usRegisterMin kinds make one vote for the
// United States, as a demonym does, so the document's other places still outweigh it.
//
// A text that names the United States itself ("U.S. sailors in downtown Athens") is not
// local news of it: usRegister is not asked.
//
// Money, times of day ("4 p.m.") and titles ("Sen.", "Gov.") are left out: briefings of a
// ministry of defence use them too. A city council or law enforcement alone is not enough:
// Dublin and Manchester have their city councils.
var usRegisterCues = [...][]string{
	{"city manager", "city administrator"},
	{"councilmember", "council member", "councilwoman", "councilman"},
	{"elementary school", "middle school", "junior high", "high school"},
	{"-grader", "sixth-grade", "seventh-grade", "eighth-grade", "fifth-grade", "fourth-grade", "third-grade"},
	{"sheriff"},
	{"township"},
	{"county commissioner", "board of supervisors", "county board"},
	{"school district", "school board", "superintendent"},
	{"parks and recreation"},
	{"downtown"},
	{"sales tax", "property tax", "zoning"},
	{"city council"},
	{"law enforcement"},
}

// usRegisterMin: the kinds of cue a text needs to count as American local news.
const usRegisterMin = 2

// registerCue is a cue phrase of usRegisterCues, found by its first word.
type registerCue struct {
	kind   int
	phrase string // in lower case, from the first word on ("city manager")
	hyphen bool   // the word follows a hyphen ("third-grader": "grader")
}

// registerCuesByWord indexes usRegisterCues by their first word, so that one pass over the
// words of a text finds them all (a search for each phrase in turn reads the text forty
// times). It is made once and only read.
var registerCuesByWord = func() map[string][]registerCue {
	m := map[string][]registerCue{}
	for k, cues := range usRegisterCues {
		for _, c := range cues {
			rc := registerCue{kind: k, phrase: c}
			if strings.HasPrefix(c, "-") {
				rc.phrase, rc.hyphen = c[1:], true
			}
			w := rc.phrase
			if i := strings.IndexAny(w, " -"); i > 0 {
				w = w[:i]
			}
			m[w] = append(m[w], rc)
		}
	}
	return m
}()

// registerCueShapes filters the words of a text before registerCuesByWord is asked: few words
// have the shape of a cue's first word.
var registerCueShapes = shapesOf(registerCuesByWord)

// registerSeen holds the kinds of cue of usRegisterCues a text has shown so far: bit k for
// usRegisterCues[k].
type registerSeen uint16

// a registerSeen has a bit for each kind
const _ = registerSeen(1 << (len(usRegisterCues) - 1))

// cue records the cues that start at the word of ASCII letters at seg[i:], whose letters in
// lower case are lower.
func (r *registerSeen) cue(seg string, i int, lower []byte) {
	for _, rc := range registerCuesByWord[string(lower)] {
		if *r&(1<<rc.kind) != 0 || rc.hyphen != (i > 0 && seg[i-1] == '-') {
			continue
		}
		if i+len(rc.phrase) <= len(seg) && strings.EqualFold(seg[i:i+len(rc.phrase)], rc.phrase) {
			*r |= 1 << rc.kind
		}
	}
}

// words records the cues of the words of ASCII letters in seg[from:to], where neither
// seg[from-1] nor seg[to] is an ASCII letter.
func (r *registerSeen) words(seg string, from, to int) {
	for i := from; i < to; {
		if !asciiLetter(seg[i]) {
			i++
			continue
		}
		j := i
		for j < to && asciiLetter(seg[j]) {
			j++
		}
		r.word(seg, i, j)
		i = j
	}
}

// word records the cues that start at seg[i:j], a whole word of ASCII letters.
func (r *registerSeen) word(seg string, i, j int) {
	var buf [24]byte
	if j-i <= len(buf) && registerCueShapes.mayHoldLetters(seg[i:j]) {
		w := buf[:0]
		for _, c := range []byte(seg[i:j]) {
			w = append(w, c|0x20)
		}
		r.cue(seg, i, w)
	}
}

// local reports whether the cues seen, with a telephone number in the segments (nanpNumber),
// make usRegisterMin kinds: whether the text reads as American local news.
func (r registerSeen) local(segments []string) bool {
	kinds := bits.OnesCount16(uint16(r))
	if kinds >= usRegisterMin {
		return true
	}
	if kinds+1 < usRegisterMin {
		return false // a telephone number would not be enough
	}
	for _, seg := range segments {
		if nanpNumber(seg) {
			return true
		}
	}
	return false
}

// usRegister reports whether the segments read as American local news (see usRegisterCues):
// a cue is a phrase, in any case, that starts a word, whose first word is whole and which may
// be followed by more letters ("sheriff's", "city managers"). Resolve finds the same cues
// from the scanner's tokens instead (scanner.noteWords).
func usRegister(segments []string) bool {
	var r registerSeen
	for _, seg := range segments {
		r.words(seg, 0, len(seg))
	}
	return r.local(segments)
}

func asciiLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// nanpNumber reports whether s holds a telephone number of the North American numbering
// plan: three digits, a hyphen and four digits, after three digits and a hyphen or three
// digits in brackets and a space ("952-873-6325", "(952) 873-6325"), with no digit or hyphen
// either side.
func nanpNumber(s string) bool {
	// h: each hyphen that may stand three digits after i, where the last seven digits start
	for h := 3; h+5 <= len(s); h++ {
		k := strings.IndexByte(s[h:len(s)-4], '-')
		if k < 0 {
			return false
		}
		h += k
		i := h - 3
		if !digits(s[i:i+3]) || !digits(s[i+4:i+8]) || i+8 < len(s) && (isDigit(s[i+8]) || s[i+8] == '-') {
			continue
		}
		if i >= 4 && s[i-1] == '-' && digits(s[i-4:i-1]) && (i == 4 || !isDigit(s[i-5]) && s[i-5] != '-') {
			return true
		}
		if i >= 6 && s[i-1] == ' ' && s[i-2] == ')' && s[i-6] == '(' && digits(s[i-5:i-2]) {
			return true
		}
	}
	return false
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}
