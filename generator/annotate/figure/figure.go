package figure

// Kind classifies a figure.
type Kind string

// The kinds of figure.
const (
	Area         Kind = "area"
	Length       Kind = "length"
	Percent      Kind = "percent"
	Money        Kind = "money"
	Duration     Kind = "duration"
	OperationDay Kind = "operation-day"
	Count        Kind = "count"  // a counted noun: "seven strikes" (Unit "count:strike")
	Number       Kind = "number" // a bare number with no unit or noun
	Mass         Kind = "mass"
	Volume       Kind = "volume"
	Speed        Kind = "speed"
	Temperature  Kind = "temperature"
	Other        Kind = "other" // a measurement in some other unit (Unit holds it as written)
)

// Figure is one quantity found in a text. Start and End are UTF-8 byte offsets into the text
// passed to Find, End exclusive; Text is text[Start:End] and includes the qualifier and unit
// ("about 418 square miles").
type Figure struct {
	Start, End int
	Text       string
	Kind       Kind
	// Value is the number as stated (for a range, its lower end); Min and Max are the range's
	// ends when IsRange is set.
	Value    float64
	IsRange  bool
	Min, Max float64
	Unit     string // canonical unit: km2 mi2 km mi m percent USD hour day count:strike ...
	// Per is the unit of time of a rate ("day" in "1,000 liters per day", Unit "l"), or, for a
	// cost, the item it is per ("aircraft" in "$82.5 million per aircraft"), or "". SI is per
	// second for a rate: m3/s, kg/s or m/s.
	Per       string
	Qualifier string // canonical qualifier: about, approximately, nearly, more-than, less-than, at-least, up-to, some, over; "" for none
	SI        float64
	SIUnit    string // "m2", "m", "s", "kg", ... ; "" when no SI value applies
	// Restates is the index (in the slice Find returned) of the figure this one restates in
	// brackets, parentheses or after a dash, or -1. Check holds the result of comparing them.
	Restates int
	Check    *Check
	// IsList is set for a list of numbers sharing one unit ("12, 25, 140 and 240 µm"): Value is
	// its first value, Parts its items in order (each item's number; the last with its unit).
	IsList bool
	Parts  []Part
	// NumStart and NumEnd are the offsets of the number itself (a range: from its first number
	// to its last), without qualifier, currency sign, unit or counted noun.
	NumStart, NumEnd int
	// CoreStart and CoreEnd are the quantity without its qualifier and without a counted noun:
	// "418 square miles" in "about 418 square miles", "$2.5 million", "seven" in "seven strikes".
	CoreStart, CoreEnd int
}

// Part is one item of a list figure: its span and value.
type Part struct {
	Start, End int
	Value      float64
}

// Check is the result of comparing a figure with its restatement ("1,083 square kilometers
// [about 418 square miles]").
type Check struct {
	OK       bool
	Expected float64 // the restated figure's value computed from the first, in the restated unit
	Stated   float64
	Unit     string
	Message  string // human-readable, e.g. "1,083 km² is 418.1 mi²; stated about 418 mi²"
}

// Normalised is the machine-readable form used in markup: "1083 km2", "80 percent",
// "7 count:strike", "10-15 km".
func (f Figure) Normalised() string { return normalised(&f) }
