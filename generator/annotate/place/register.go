package place

import "strings"

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
	{"City Manager", "city manager", "City Administrator", "city administrator"},
	{"Councilmember", "councilmember", "council member", "Council member", "councilwoman", "councilman", "Councilman", "Councilwoman"},
	{"elementary school", "Elementary School", "middle school", "Middle School", "junior high", "Junior High", "high school", "High School"},
	{"-grader", "sixth-grade", "seventh-grade", "eighth-grade", "fifth-grade", "fourth-grade", "third-grade"},
	{"sheriff", "Sheriff"},
	{"township", "Township"},
	{"county commissioner", "County Commissioner", "Board of Supervisors", "board of supervisors", "county board", "County Board"},
	{"school district", "School District", "school board", "School Board", "superintendent", "Superintendent"},
	{"Parks and Recreation", "parks and recreation"},
	{"downtown", "Downtown"},
	{"sales tax", "property tax", "zoning"},
	{"City Council", "city council"},
	{"law enforcement", "Law Enforcement"},
}

// usRegisterMin: the kinds of cue a text needs to count as American local news.
const usRegisterMin = 2

// usRegister reports whether the segments read as American local news (see usRegisterCues).
func usRegister(segments []string) bool {
	var seen [len(usRegisterCues) + 1]bool // the last: a telephone number
	kinds := 0
	for _, seg := range segments {
		for k, cues := range usRegisterCues {
			if seen[k] {
				continue
			}
			for _, c := range cues {
				if strings.Contains(seg, c) {
					seen[k] = true
					kinds++
					break
				}
			}
		}
		if last := len(usRegisterCues); !seen[last] && nanpNumber(seg) {
			seen[last] = true
			kinds++
		}
		if kinds >= usRegisterMin {
			return true
		}
	}
	return false
}

// nanpNumber reports whether s holds a telephone number of the North American numbering
// plan: three digits, a hyphen and four digits, after three digits and a hyphen or three
// digits in brackets and a space ("952-873-6325", "(952) 873-6325"), with no digit or hyphen
// either side.
func nanpNumber(s string) bool {
	for i := 0; i+8 <= len(s); i++ {
		if s[i+3] != '-' || !digits(s[i:i+3]) || !digits(s[i+4:i+8]) || i+8 < len(s) && (isDigitByte(s[i+8]) || s[i+8] == '-') {
			continue
		}
		if i >= 4 && s[i-1] == '-' && digits(s[i-4:i-1]) && (i == 4 || !isDigitByte(s[i-5]) && s[i-5] != '-') {
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
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return s != ""
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }
