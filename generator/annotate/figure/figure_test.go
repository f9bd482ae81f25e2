package figure

import (
	"io/fs"
	"maps"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
)

type want struct {
	text, norm string
	kind       Kind
}

func TestFind(t *testing.T) {
	tests := []struct {
		in   string
		want []want
	}{
		{"cleared 1,083 square kilometers", []want{{"1,083 square kilometers", "1083 km2", Area}}},
		{"a 2.5 km road", []want{{"2.5 km", "2.5 km", Length}}},
		{"10,000 troops", []want{{"10,000 troops", "10000 count:troop", Count}}},
		{"seven strikes in Iraq", []want{{"seven strikes", "7 count:strike", Count}}},
		{"twenty-six villages", []want{{"twenty-six villages", "26 count:village", Count}}},
		{"a hundred people", []want{{"a hundred people", "100 count:person", Count}}},
		{"a dozen vehicles", []want{{"a dozen vehicles", "12 count:vehicle", Count}}},
		{"one and a half miles", []want{{"one and a half miles", "1.5 mi", Length}}},
		{"a one and a quarter year gap", []want{{"one and a quarter year", "1.25 year", Duration}}},
		{"two and a quarter hours", []want{{"two and a quarter hours", "2.25 hour", Duration}}},
		{"two million dollars", []want{{"two million dollars", "2000000 USD", Money}}},
		{"80 percent", []want{{"80 percent", "80 percent", Percent}}},
		{"80% of", []want{{"80%", "80 percent", Percent}}},
		{"80 per cent", []want{{"80 per cent", "80 percent", Percent}}},
		{"rose 0.5 percentage points to 2.1%", []want{{"0.5 percentage points", "0.5 percentage-point", Percent}, {"2.1%", "2.1 percent", Percent}}},
		{"flies at Mach 2.25, then Mach 5-6 and above Mach 10", []want{{"Mach 2.25", "2.25 Mach", Speed}, {"Mach 5-6", "5-6 Mach", Speed}, {"above Mach 10", "over 10 Mach", Speed}}},
		{"$2.5 million", []want{{"$2.5 million", "2500000 USD", Money}}},
		{"two point five billion dollars for three point two million people", []want{{"two point five billion dollars", "2500000000 USD", Money}, {"three point two million people", "3200000 count:person", Count}}},
		{"a $1.2-billion deal and a 2-million-dollar fine", []want{{"$1.2-billion", "1200000000 USD", Money}, {"2-million-dollar", "2000000 USD", Money}}},
		{"Around 4.1 million people, $0.7 billion, 1.15M rounds, 8.2k troops and 4.3bn", []want{{"Around 4.1 million people", "around 4100000 count:person", Count}, {"$0.7 billion", "700000000 USD", Money}, {"1.15M rounds", "1150000 count:round", Count}, {"8.2k troops", "8200 count:troop", Count}, {"4.3bn", "4300000000 number", Number}}},
		{"3 billion dollars", []want{{"3 billion dollars", "3000000000 USD", Money}}},
		{"€40 and £3", []want{{"€40", "40 EUR", Money}, {"£3", "3 GBP", Money}}},
		{"26 km² and 4 km2", []want{{"26 km²", "26 km2", Area}, {"4 km2", "4 km2", Area}}},
		{"12 sq km or 5 sq mi", []want{{"12 sq km", "12 km2", Area}, {"5 sq mi", "5 mi2", Area}}},
		{"40 hectares, 12 acres", []want{{"40 hectares", "40 ha", Area}, {"12 acres", "12 acre", Area}}},
		{"30 nautical miles", []want{{"30 nautical miles", "30 nmi", Length}}},
		{"displaces about 100,000 long tons", []want{{"about 100,000 long tons", "about 100000 long-ton", Mass}}},
		{"3,000 cubic yards of debris, 10 cubic inches and 3 cu ft", []want{{"3,000 cubic yards", "3000 yd3", Volume}, {"10 cubic inches", "10 in3", Volume}, {"3 cu ft", "3 ft3", Volume}}},
		{"at T-minus 10 seconds it was minus 20 degrees Celsius", []want{{"10 seconds", "10 second", Duration}, {"minus 20 degrees Celsius", "-20 degC", Temperature}}},
		{"landed 8 ½ minutes later, 2 ¾ miles away", []want{{"8 ½ minutes", "8.5 minute", Duration}, {"2 ¾ miles", "2.75 mi", Length}}},
		{"500 feet and 20 meters", []want{{"500 feet", "500 ft", Length}, {"20 meters", "20 m", Length}}},
		{"in the past 24 hours", []want{{"24 hours", "24 hour", Duration}}},
		{"126 days", []want{{"126 days", "126 day", Duration}}},
		{"three weeks", []want{{"three weeks", "3 week", Duration}}},
		{"Today marks Day 126 of", []want{{"Day 126", "126 day", OperationDay}}},
		{"The operation is now on day 231 of the offensive.", []want{{"day 231", "231 day", OperationDay}}},
		{"patients seen on day 3 were", nil},
		{"Day 1,200 of operations", []want{{"Day 1,200", "1200 day", OperationDay}}},
		{"reopened since November. 1,001 displaced civilians returned", []want{{"1,001 displaced civilians", "1001 count:displaced civilian", Count}}},
		{"In March two companies and in November 500 soldiers arrived", []want{{"two companies", "2 count:company", Count}, {"500 soldiers", "500 count:soldier", Count}}},
		{"17 city blocks in Raqqa", []want{{"17 city blocks", "17 count:city block", Count}}},
		{"more than 180 fighting positions", []want{{"more than 180 fighting positions", "more-than 180 count:fighting position", Count}}},
		{"three brigade headquarters and two barracks", []want{{"three brigade headquarters", "3 count:brigade headquarters", Count}, {"two barracks", "2 count:barracks", Count}}},
		{"50 villages", []want{{"50 villages", "50 count:village", Count}}},
		{"shot down 18 one-way attack drones and one anti-ship ballistic missile", []want{{"18 one-way attack drones", "18 count:one-way attack drone", Count}, {"one anti-ship ballistic missile", "1 count:anti-ship ballistic missile", Count}}},
		{"three two-star generals; one tactical vehicle was hit", []want{{"three two-star generals", "3 count:two-star general", Count}, {"one tactical vehicle", "1 count:tactical vehicle", Count}}},
		{"they left one-by-one", nil},
		{"Around 4.1 million displaced Iraqis and 300 displaced Syrians returned one afternoon", []want{{"Around 4.1 million displaced Iraqis", "around 4100000 count:displaced Iraqi", Count}, {"300 displaced Syrians", "300 count:displaced Syrian", Count}}},
		{"a crew of roughly 4,550 includes 75 aircraft; the toll of 12 exceeds", []want{{"roughly 4,550", "roughly 4550 count:crew member", Count}, {"75 aircraft", "75 count:aircraft", Count}, {"12", "12 number", Number}}},
		{"2 x 500-pound bombs, 4 x F-16C and 1 x KC-135 in a 3 x 4 m room", []want{{"2 x 500-pound bombs", "2 count:500-pound bomb", Count}, {"4 x F-16C", "4 count:F-16C", Count}, {"1 x KC-135", "1 count:KC-135", Count}, {"3", "3 number", Number}, {"4 m", "4 m", Length}}},
		{"carried seven 30-round magazines; four 2,000-pound bombs fell. In 2019 12-hour shifts began", []want{{"seven 30-round magazines", "7 count:30-round magazine", Count}, {"four 2,000-pound bombs", "4 count:2,000-pound bomb", Count}, {"12-hour", "12 hour", Duration}}},
		{"trained more than 100,000 Iraqi Security Forces members", []want{{"more than 100,000 Iraqi Security Forces members", "more-than 100000 count:Iraqi Security Forces member", Count}}},
		{"to buy ninety-six (96) attack helicopters, four hundred sixty (460) AGM-114R2 Hellfire missiles and twelve (13) trucks", []want{{"ninety-six (96) attack helicopters", "96 count:attack helicopter", Count}, {"four hundred sixty (460) AGM-114R2 Hellfire missiles", "460 count:AGM-114R2 Hellfire missile", Count}, {"twelve", "12 number", Number}}},
		{"Pentagon Sends 3,000 More Troops to Poland", []want{{"3,000 More Troops", "3000 count:troop", Count}}},
		{"Navy Orders Two Virginia-Class Submarines, Four F-16s and 300 Marines", []want{{"Two Virginia-Class Submarines", "2 count:virginia-class submarine", Count}, {"Four F-16s", "4 count:F-16", Count}, {"300 Marines", "300 count:Marine", Count}}},
		{"Balikatan 24 Concludes With Largest-Ever Participation", nil},
		{"U.S. Strikes 85 Targets in Iraq, Syria\nThe strikes hit 85 Targets.", []want{{"85 Targets", "85 count:target", Count}, {"85", "85 number", Number}}},
		{"killed two soldiers and injured four others; 3 quick ones and 25 contractor representatives", []want{{"two soldiers", "2 count:soldier", Count}, {"four", "4 count:injured", Count}, {"3", "3 number", Number}, {"25 contractor representatives", "25 count:contractor representative", Count}}},
		{"the 312-page report on a 20-vehicle convoy and a three-star general", []want{{"312-page", "312 count:page", Count}, {"20-vehicle", "20 count:vehicle", Count}}},
		{"a 4,800-strong brigade, a 10-fold rise and a 3-dimensional model", []want{{"4,800-strong", "4800 count:personnel", Count}, {"10-fold", "10 fold", Other}, {"3", "3 number", Number}}},
		{"shot down one anti-ship cruise missile fired toward one unmanned surface vessel; one patrol boat", []want{{"one anti-ship cruise missile", "1 count:anti-ship cruise missile", Count}, {"one unmanned surface vessel", "1 count:unmanned surface vessel", Count}, {"one patrol boat", "1 count:patrol boat", Count}}},
		{"one strike hit near the port and one round struck the hull", []want{{"one strike", "1 count:strike", Count}, {"one round", "1 count:round", Count}}},
		{"One remained hospitalized and one died; one soldier suffered burns", []want{{"one soldier", "1 count:soldier", Count}}},
		{"Dozens of SDF troops, hundreds of AT4 systems and tens of thousands of refugees; hundreds of them left", []want{{"Dozens of SDF troops", "about 36 count:SDF troop", Count}, {"hundreds of AT4 systems", "about 300 count:AT4 system", Count}, {"tens of thousands of refugees", "about 30000 count:refugee", Count}}},
		{"lost more than 500 killed and 2,500 wounded; the 3 missing soldiers", []want{{"more than 500 killed", "more-than 500 count:killed", Count}, {"2,500 wounded", "2500 count:wounded", Count}, {"3 missing soldiers", "3 count:missing soldier", Count}}},
		{"found 12 IEDs and in March hit 3 HIMARS and the depot", []want{{"12 IEDs", "12 count:IED", Count}, {"3 HIMARS", "3 count:HIMARS", Count}}},
		{"About 3,500 U.S. and Polish soldiers joined 20 allied and partner nations", []want{{"About 3,500 U.S. and Polish soldiers", "about 3500 count:U.S. and Polish soldier", Count}, {"20 allied and partner nations", "20 count:allied and partner nation", Count}}},
		{"with about 400 Green Berets serving in Niger; 12 soldiers and civilians died", []want{{"about 400 Green Berets", "about 400 count:Green Beret", Count}, {"12 soldiers and civilians", "12 count:soldier and civilian", Count}}},
		{"the four-class and two-class studies", []want{{"four", "4 number", Number}, {"two-class studies", "2 count:class study", Count}}},
		{"Marines moved from Okinawa. 12 soldiers died. See Sect. 2.", []want{{"12 soldiers", "12 count:soldier", Count}}},
		{"after 5+ years 20+ countries held the 2+2 dialogue; Pt 4+ ion", []want{{"5+ years", "more-than 5 year", Duration}, {"20+ countries", "more-than 20 count:country", Count}}},
		{"Ukraine received 31 Abrams, 300 Bradleys, 12 new Strykers and 31 Abrams tanks", []want{{"31 Abrams", "31 count:Abrams", Count}, {"300 Bradleys", "300 count:Bradley", Count}, {"12 new Strykers", "12 count:new Stryker", Count}, {"31 Abrams tanks", "31 count:Abrams tank", Count}}},
		{"two MQ-9 Reapers, one MQ-1C Gray Eagle, 4 UH-60 Black Hawks and 31 M1 Abrams tanks", []want{{"two MQ-9 Reapers", "2 count:MQ-9 Reaper", Count}, {"one MQ-1C Gray Eagle", "1 count:MQ-1C Gray Eagle", Count}, {"4 UH-60 Black Hawks", "4 count:UH-60 Black Hawk", Count}, {"31 M1 Abrams tanks", "31 count:M1 Abrams tank", Count}}},
		{"the 5,000-plus Afghans after 20-plus years", []want{{"5,000-plus Afghans", "more-than 5000 count:Afghan", Count}, {"20-plus years", "more-than 20 year", Duration}}},
		{"50 armored medical treatment vehicles and 200 M113 armored personnel carriers", []want{{"50 armored medical treatment vehicles", "50 count:armored medical treatment vehicle", Count}, {"200 M113 armored personnel carriers", "200 count:M113 armored personnel carrier", Count}}},
		{"20 crew members, 12 staff officers and a crew of 20 crew", []want{{"20 crew members", "20 count:crew member", Count}, {"12 staff officers", "12 count:staff officer", Count}, {"20 crew", "20 count:crew", Count}}},
		{"some 28,000 aircraft movements; 12 aircraft landed", []want{{"some 28,000 aircraft movements", "some 28000 count:aircraft movement", Count}, {"12 aircraft", "12 count:aircraft", Count}}},
		{"about 560 additional U.S. troops, two other U.S. personnel and 12 more strikes", []want{{"about 560 additional U.S. troops", "about 560 count:U.S. troop", Count}, {"two other U.S. personnel", "2 count:U.S. personnel", Count}, {"12 more strikes", "12 count:strike", Count}}},
		{"nearly one in five names; about 1 in 4 homes; 3 in 24 hours", []want{{"nearly one in five", "nearly 0.2 number", Number}, {"about 1 in 4", "about 0.25 number", Number}, {"3", "3 number", Number}, {"24 hours", "24 hour", Duration}}},
		{"Forces hold 10 of Helmand's 14 district centers", []want{{"10", "10 count:district center", Count}, {"14 district centers", "14 count:district center", Count}}},
		{"10 to 15", []want{{"10 to 15", "10-15 number", Number}}},
		{"attacks rose from 30 to 45 while troops served from 6 to 9 months", []want{{"30", "30 number", Number}, {"45", "45 number", Number}, {"6 to 9 months", "6-9 month", Duration}}},
		{"Roughly 1-in-3 soldiers and one-in-five sailors", []want{{"Roughly 1-in-3", "roughly 0.3333333333333333 number", Number}, {"one-in-five", "0.2 number", Number}}},
		{"2,000-odd staff in 20-odd years", []want{{"2,000-odd staff", "about 2000 count:staff", Count}, {"20-odd years", "about 20 year", Duration}}},
		{"a couple hundred soldiers, a couple thousand rounds, a dozen or so ships and 30 or so miles", []want{{"a couple hundred soldiers", "about 200 count:soldier", Count}, {"a couple thousand rounds", "about 2000 count:round", Count}, {"a dozen or so ships", "about 12 count:ship", Count}, {"30 or so miles", "about 30 mi", Length}}},
		{"crews worked 24-7, won 3–1 in a 5-4 vote and drove 10-15 km", []want{{"10-15 km", "10-15 km", Length}}},
		{"3-4 million fans, $2 to $3 billion, between 1.5 and 2 million people and 500 to 1 million", []want{{"3-4 million fans", "3000000-4000000 count:fan", Count}, {"$2 to $3 billion", "2000000000-3000000000 USD", Money}, {"between 1.5 and 2 million people", "1500000-2000000 count:person", Count}, {"500 to 1 million", "500-1000000 number", Number}}},
		{"10-15 km", []want{{"10-15 km", "10-15 km", Length}}},
		{"between 10 and 15 strikes", []want{{"between 10 and 15 strikes", "10-15 count:strike", Count}}},
		{"about 5 km", []want{{"about 5 km", "about 5 km", Length}}},
		{"no fewer than 5 ships, not more than 40 boats and upward of 1,000 civilians", []want{{"no fewer than 5 ships", "at-least 5 count:ship", Count}, {"not more than 40 boats", "at-most 40 count:boat", Count}, {"upward of 1,000 civilians", "more-than 1000 count:civilian", Count}}},
		{"a not-to-exceed $115,000,000 contract for not to exceed 30 days", []want{{"not-to-exceed $115,000,000", "at-most 115000000 USD", Money}, {"not to exceed 30 days", "at-most 30 day", Duration}}},
		{"approximately 5 km", []want{{"approximately 5 km", "approximately 5 km", Length}}},
		{"nearly 5 km", []want{{"nearly 5 km", "nearly 5 km", Length}}},
		{"almost 5 km", []want{{"almost 5 km", "almost 5 km", Length}}},
		{"over 5 km", []want{{"over 5 km", "over 5 km", Length}}},
		{"at least 5 km", []want{{"at least 5 km", "at-least 5 km", Length}}},
		{"up to 5 km", []want{{"up to 5 km", "up-to 5 km", Length}}},
		{"some 5 km", []want{{"some 5 km", "some 5 km", Length}}},
		{"fewer than 5 civilians", []want{{"fewer than 5 civilians", "fewer-than 5 count:civilian", Count}}},
		{"less than 5 km", []want{{"less than 5 km", "less-than 5 km", Length}}},
		{"roughly 5 km", []want{{"roughly 5 km", "roughly 5 km", Length}}},
		{"around 5 km", []want{{"around 5 km", "around 5 km", Length}}},
		{"an estimated 5,000 fighters", []want{{"an estimated 5,000 fighters", "estimated 5000 count:fighter", Count}}},
		{"casualties rose to 42", []want{{"42", "42 number", Number}}},
		{"one strike hit", []want{{"one strike", "1 count:strike", Count}}},
		{"12 casualties, 3 wolves, 4 boxes, 5 churches", []want{
			{"12 casualties", "12 count:casualty", Count}, {"3 wolves", "3 count:wolf", Count},
			{"4 boxes", "4 count:box", Count}, {"5 churches", "5 count:church", Count}}},
		{"9 men and 4 women", []want{{"9 men", "9 count:man", Count}, {"4 women", "4 count:woman", Count}}},
		{"50 kg of food and 20 liters", []want{{"50 kg", "50 kg", Mass}, {"20 liters", "20 l", Volume}}},
		{"at 30 knots", []want{{"30 knots", "30 kn", Speed}}},
		{"at 20 °C", []want{{"20 °C", "20 degC", Temperature}}},
		{"minus 5", []want{{"minus 5", "-5 number", Number}}},
		{"at 12, 25, 140 and 240 µm", []want{{"12, 25, 140 and 240 µm", "12,25,140,240 um", Length}}},
		{"for 12, 25, and 40 days", []want{{"12, 25, and 40 days", "12,25,40 day", Duration}}},
		{"42 jets, down from 48, and 18 fighters", []want{{"42 jets", "42 count:jet", Count}, {"48", "48 count:jet", Count}, {"18 fighters", "18 count:fighter", Count}}},
		{"at 2 and 6cm", []want{{"2 and 6cm", "2,6 cm", Length}}},
		{"for 1 hour 30 minutes", []want{{"1 hour 30 minutes", "5400 second", Duration}}},
		{"he is 6 feet 6 inches", []want{{"6 feet 6 inches", "6.5 ft", Length}}},
		{"thirteen dollars and forty-five cents", []want{{"thirteen dollars and forty-five cents", "13.45 USD", Money}}},
		{"USD115", []want{{"USD115", "115 USD", Money}}},
		{"gave 3.2bn and 5M", []want{{"3.2bn", "3200000000 number", Number}, {"5M", "5000000 number", Number}}},
		{"25 lakh tonnes", []want{{"25 lakh tonnes", "2500000 t", Mass}}},
		{"Si 0,05% and 134,000km", []want{{"0,05%", "0.05 percent", Percent}, {"134,000km", "134000 km", Length}}},
		{"for a few minutes", []want{{"a few minutes", "about 3 minute", Duration}}},
		{"for several weeks", []want{{"several weeks", "about 3 week", Duration}}},
		{"less than a couple of days", []want{{"less than a couple of days", "less-than 2 day", Duration}}},
		{"for half an hour", []want{{"half an hour", "0.5 hour", Duration}}},
		{"for an hour and a half", []want{{"an hour and a half", "1.5 hour", Duration}}},
		{"for more than an hour", []want{{"more than an hour", "more-than 1 hour", Duration}}},
		{"for a fortnight", []want{{"a fortnight", "2 week", Duration}}},
		{"for two nights", []want{{"two nights", "2 day", Duration}}},
		{"rose to 120 MEUR", []want{{"120 MEUR", "120000000 EUR", Money}}},
		{"lost 75 USD million", []want{{"75 USD million", "75000000 USD", Money}}},
		{"The weight is 20 (kg)", []want{{"20 (kg)", "20 kg", Mass}}},
		{"valued 10 000 dollars", []want{{"10 000 dollars", "10000 USD", Money}}},
		{"from -18 °C to -34 °C", []want{{"-18 °C to -34 °C", "-34--18 degC", Temperature}}},
		{"300 Iraqi soldiers were hurt", []want{{"300 Iraqi soldiers", "300 count:Iraqi soldier", Count}}},
		{"about 4,000 U.S. service members", []want{{"about 4,000 U.S. service members", "about 4000 count:U.S. service member", Count}}},
		{"killed two ISIS fighters", []want{{"two ISIS fighters", "2 count:ISIS fighter", Count}}},
		{"three Iraqi Army brigades", []want{{"three Iraqi Army brigades", "3 count:Iraqi Army brigade", Count}}},
		{"one Iraqi soldier was hurt", []want{{"one Iraqi soldier", "1 count:Iraqi soldier", Count}}},
		{"one Reaper was lost", []want{{"one Reaper", "1 count:Reaper", Count}}},
		{"12 Marines and 40 Iraqis", []want{{"12 Marines", "12 count:Marine", Count}, {"40 Iraqis", "40 count:Iraqi", Count}}},
		{"two Navy SEALs, 400 Green Berets, 60 Guardsmen and 3 Democrats", []want{{"two Navy SEALs", "2 count:Navy SEAL", Count}, {"400 Green Berets", "400 count:Green Beret", Count}, {"60 Guardsmen", "60 count:Guardsman", Count}, {"3", "3 number", Number}}},
		{"Two F-15Es struck", []want{{"Two F-15Es", "2 count:F-15E", Count}}},
		{"20 120mm mortar systems and up to 806,000 155mm artillery rounds", []want{{"20 120mm mortar systems", "20 count:120mm mortar system", Count}, {"up to 806,000 155mm artillery rounds", "up-to 806000 count:155mm artillery round", Count}}},
		{"more than 2 million 155mm rounds", []want{{"more than 2 million 155mm rounds", "more-than 2000000 count:155mm round", Count}}},
		{"1.1 million pounds [about 500 metric tons] of cargo, 2 million pounds of fuel and 361 million pounds", []want{{"1.1 million pounds", "1100000 lb", Mass}, {"about 500 metric tons", "about 500 t", Mass}, {"2 million pounds", "2000000 lb", Mass}, {"361 million pounds", "361000000 GBP", Money}}},
		{"trained more than 100,000 Iraqi security force members", []want{{"more than 100,000 Iraqi security force members", "more-than 100000 count:Iraqi security force member", Count}}},
		{"two vehicle-borne bombs and 24 precision-guided munitions", []want{{"two vehicle-borne bombs", "2 count:vehicle-borne bomb", Count}, {"24 precision-guided munitions", "24 count:precision-guided munition", Count}}},
		{"killed three al-Shabaab militants", []want{{"three al-Shabaab militants", "3 count:al-Shabaab militant", Count}}},
		{"a belt a few dozen kilometers long", []want{{"a few dozen kilometers", "about 36 km", Length}}},
		{"several hundred fighters", []want{{"several hundred fighters", "about 300 count:fighter", Count}}},
		{"under one plan", []want{{"one plan", "1 count:plan", Count}}},
		{"under one hour", []want{{"under one hour", "under 1 hour", Duration}}},
		{"one bombing killed 12", []want{{"one bombing", "1 count:bombing", Count}, {"12", "12 count:killed", Count}}},
		{"50 schools and 12 clinics reopened", []want{{"50 schools", "50 count:school", Count}, {"12 clinics", "12 count:clinic", Count}}},
		{"three logistics convoys", []want{{"three logistics convoys", "3 count:logistics convoy", Count}}},
		{"about three-quarters of a mile", []want{{"about three-quarters of a mile", "about 0.75 mi", Length}}},
		{"a third of a mile", []want{{"a third of a mile", "0.3333333333333333 mi", Length}}},
		{"5 million U.S. dollars", []want{{"5 million U.S. dollars", "5000000 USD", Money}}},
		{"300 Hong Kong dollars", []want{{"300", "300 number", Number}}},
		{"flew 200 sorties", []want{{"200 sorties", "200 count:sortie", Count}}},
		{"a half-dozen vehicles", []want{{"a half-dozen vehicles", "6 count:vehicle", Count}}},
		{"half a dozen strikes", []want{{"half a dozen strikes", "6 count:strike", Count}}},
		{"half a million people", []want{{"half a million people", "500000 count:person", Count}}},
		{"more than half of Raqqa", []want{{"more than half", "more-than 0.5 number", Number}}},
		{"a third of the city", []want{{"a third", "0.3333333333333333 number", Number}}},
		{"a fifth of them", []want{{"a fifth", "0.2 number", Number}}},
		{"of the city's 66 neighborhoods", []want{{"66 neighborhoods", "66 count:neighborhood", Count}}},
		{"the district’s 12 villages", []want{{"12 villages", "12 count:village", Count}}},
		// fractions alone, of any size, and mixed numbers
		{"Oil exports fell by a fifth.", []want{{"a fifth", "0.2 number", Number}}},
		{"a gap of a thousandth", []want{{"a thousandth", "0.001 number", Number}}},
		{"only twenty-five hundredths were lost", []want{{"twenty-five hundredths", "0.25 number", Number}}},
		{"a hundred millionths", []want{{"a hundred millionths", "0.0001 number", Number}}},
		{"the convoy covered three and a fifth miles", []want{{"three and a fifth miles", "3.2 mi", Length}}},
		{"ten and three fifths", []want{{"ten and three fifths", "10.6 number", Number}}},
		{"one and one fourth", []want{{"one and one fourth", "1.25 number", Number}}},
		{"two and a half million refugees", []want{{"two and a half million refugees", "2500000 count:refugee", Count}}},
		{"a million and a half people", []want{{"a million and a half people", "1500000 count:person", Count}}},
		{"a dozen and a half trucks", []want{{"a dozen and a half trucks", "18 count:truck", Count}}},
		{"walked 3 and a half miles", []want{{"3 and a half miles", "3.5 mi", Length}}},
		{"lost 2 million and a half dollars", []want{{"2 million and a half dollars", "2500000 USD", Money}}},
		{"4 and a half million people", []want{{"4 and a half million people", "4500000 count:person", Count}}},
		{"losses of 2%-5% a month", []want{{"2%-5% a month", "2-5 percent/month", Percent}}},
		{"kept at pH 6.8, 20 mM salt", []want{{"pH 6.8", "6.8 pH", Other}, {"20 mM", "20 mM", Other}}},
		{"a range of pH 4–6", []want{{"pH 4–6", "4-6 pH", Other}}},
		{"pH 40 and ph 5", []want{{"40", "40 number", Number}, {"5", "5 number", Number}}},
		{"as Fig. 3b and Table 2d show, see Figure 12B", nil},
		{"a 2d delay, 4g of it (Fig. 4g)", []want{{"2d", "2 day", Duration}, {"4g", "4 g", Mass}}},
		{"drove at 60 miles an hour", []want{{"60 miles an hour", "60 mph", Speed}}},
		{"at 90 kilometres an hour", []want{{"90 kilometres an hour", "90 km/h", Speed}}},
		{"had walked 3 miles an hour earlier", []want{{"3 miles", "3 mi", Length}}},
		// one whole unit of time
		{"the patrol waited another hour", []want{{"another hour", "1 hour", Duration}}},
		{"shelling went on all day", []want{{"all day", "1 day", Duration}}},
		{"a full-year contract", []want{{"full-year", "1 year", Duration}}},
		{"for nearly an entire month", []want{{"nearly an entire month", "nearly 1 month", Duration}}},
		{"the whole weekend", []want{{"whole weekend", "2 day", Duration}}},
		{"all days, all seconds, all night, another second attack, the full moon, all of the day", nil},
		// not fractions: ordinals
		{"a fifth column and a tenth day", nil},
		{"a second and a third.", nil},
		{"two and a third country", []want{{"two", "2 number", Number}}},
		{"one and a third-party", nil},
		// not figures
		{"in 2014 ISIS fighters seized Mosul", nil},
		{"one replacing another; two halves of a city; added one-by-one", nil},
		{"several dozen", []want{{"several dozen", "about 36 number", Number}}},
		{"2.4 Sex differences in running", []want{{"2.4", "2.4 number", Number}}},
		{"since the 9/11 attacks", nil},
		{"Since 9/11, the post-9/11 GI Bill paid 3/4 of it after 7/7.", []want{{"3/4", "0.75 number", Number}}},
		{"a third time, a fifth time, half the time", nil},
		{"a mile away, a day later, a second time, several times", nil},
		{"the few days before", nil},
		{"I arrived at 2.13 am.", nil},
		{"reach 5 fb−1 of data", []want{{"5", "5 number", Number}}},
		{"8 is a shaft, 11 is a magnetic pole and 15 is a coupling", nil},
		{"at phases 3, 5, and 7 and in simulation 1", nil},
		{"for Lots 15-17 and lines 2–12 in Phases 2 and 3", nil},
		{"it kills 3-5 people, lists 3-5 IEDs; in months 5-7 it had 3-4 fans", []want{{"3-5 people", "3-5 count:person", Count}, {"3-5 IEDs", "3-5 count:IED", Count}, {"3-4 fans", "3-4 count:fan", Count}}},
		{"in r 1 (t) and Fig. 1(b)", nil},
		{"On Oct. 17, 2017, the", nil},
		{"on 17 October the", nil},
		{"from Nov. 3 to Dec. 12 and in May 2017", nil},
		{"The exercise ran from March 13 to 23 and from Oct. 2 through 9.", nil},
		{"Spc. John Doe, 23, of Chicago, and Sgt. Henry Mayfield Jr., 31, from Ohio, died.", nil},
		{"Seaman Ryan Mays, 21, was acquitted; Sgt. Jane Roe, 34, a medic, testified.", nil},
		{"The sailor, 19, of Texas, was one of 4 killed; the unit lost 12, of whom 3 were hurt", []want{{"4 killed", "4 count:killed", Count}, {"12", "12 number", Number}, {"3", "3 number", Number}}},
		{"temperatures hit 40C, or 104F; a Boeing 777F, 13F soldiers and Figures 3A and 3C", []want{{"40C", "40 degC", Temperature}, {"104F", "104 degF", Temperature}}},
		{"Attacks rose in Kandahar, 21, and Helmand, 30, and fell in Herat, 12, last week", []want{{"21", "21 number", Number}, {"30", "30 number", Number}, {"12", "12 number", Number}}},
		{"The battalion lost 12, of whom 4 were wounded", []want{{"12", "12 number", Number}, {"4", "4 number", Number}}},
		{"on 2017-10-17 the", nil},
		{"at 10 a.m. and 14:00", nil},
		{"at 1400 hours", nil},
		{"in 2017 and since 2014", nil},
		{"the 82nd Airborne Division", nil},
		{"Marines of the 3d Marine Littoral Regiment and the 2d Battalion, 22d Infantry", nil},
		{"healed after 3d and 12d Cases", []want{{"3d", "3 day", Duration}, {"12d", "12 day", Duration}}},
		{"2nd Battalion, 319th Airborne Field Artillery Regiment", nil},
		{"the 1st Armored Division", nil},
		{"Task Force 51 said", nil},
		{"call 555-1234 now", nil},
		{"call (703) 555-1234", nil},
		{"call 703-555-1234 or 571.555.0199 today", nil},
		{"see Statement 23-047 and release 20240203-02", nil},
		{"in the '90s, the ’80s, the mid-80s and the early 2000s", nil},
		{"after 90s and 30 s; the 45s", []want{{"90s", "90 second", Duration}, {"30 s", "30 second", Duration}, {"45s", "45 second", Duration}}},
		{"H.R. 815 amends P.L. 118-31 and S. 1234.", nil},
		{"a .50-caliber machine gun, a .45-calibre pistol and a 12-gauge shotgun", nil},
		{"near mile marker 23, runway 27, hangar 3, checkpoint 7 and objective 3", nil},
		{"Back in nineteen ninety-one, and in twenty twenty-four, at zero-six-hundred hours", nil},
		{"eleven twelve-hour shifts and twenty-four troops", []want{{"eleven twelve-hour shifts", "11 count:twelve-hour shift", Count}, {"twenty-four troops", "24 count:troop", Count}}},
		{"MR. SINGH: Slide 3, please. See pp. 45-67, Exhibit 4 and Enclosure 2.", nil},
		{"Carrier Air Wing (CVW) 5 and Helicopter Sea Combat Squadron (HSC) 25 flew (about) 12 sorties", []want{{"12 sorties", "12 count:sortie", Count}}},
		{"In the U.S., 12 soldiers stayed", []want{{"12 soldiers", "12 count:soldier", Count}}},
		{"call +1 (703) 555-0142, +44 20 7946 0958 or 1-800-621-3362 for help", nil},
		{"a rise of +2 °C in 20 years", []want{{"2 °C", "2 degC", Temperature}, {"20 years", "20 year", Duration}}},
		{"in the first half of the year and the other half of the city", nil},
		{"Two B-52 bombers, 31 M1 Abrams tanks and 12 HIMARS launchers", []want{{"Two B-52 bombers", "2 count:B-52 bomber", Count},
			{"31 M1 Abrams tanks", "31 count:M1 Abrams tank", Count}, {"12 HIMARS launchers", "12 count:HIMARS launcher", Count}}},
		{"three MQ-9 Reaper drones and two F/A-18 jets", []want{{"three MQ-9 Reaper drones", "3 count:MQ-9 Reaper drone", Count},
			{"two F/A-18 jets", "2 count:F/A-18 jet", Count}}},
		{"12 Marines fought", []want{{"12 Marines", "12 count:Marine", Count}}},
		{"The package includes 12 NASAMS, four HIMARS and 40 IEDs were cleared.", []want{{"12 NASAMS", "12 count:NASAMS", Count},
			{"four HIMARS", "4 count:HIMARS", Count}, {"40 IEDs", "40 count:IED", Count}}},
		{"The strike came at 0900 UTC, in its 2,000th day.", nil},
		{"Air defenses shot down 75 of the 84 missiles and three of their 40 drones.", []want{{"75", "75 count:missile", Count},
			{"84 missiles", "84 count:missile", Count}, {"three", "3 count:drone", Count}, {"40 drones", "40 count:drone", Count}}},
		{"The ship carried 5,000 crew; 12 of 10 boats is a typo.", []want{{"5,000 crew", "5000 count:crew", Count},
			{"12", "12 number", Number}, {"10 boats", "10 count:boat", Count}}},
		{"four F-16s, 24 MiG-29s and two Mi-24 helicopters", []want{{"four F-16s", "4 count:F-16", Count},
			{"24 MiG-29s", "24 count:MiG-29", Count}, {"two Mi-24 helicopters", "2 count:Mi-24 helicopter", Count}}},
		// capitals before a hyphen and a digit name a model, not a unit (megavolts, megawatts)
		{"the ship arrived with two MV-22 Ospreys and three MW-50 generators", []want{{"two MV-22 Ospreys", "2 count:MV-22 Osprey", Count},
			{"three MW-50 generators", "3 count:MW-50 generator", Count}}},
		// a model in the plural may end in two capitals ("F-15EXs")
		{"42 F-35As and 18 F-15EXs", []want{{"42 F-35As", "42 count:F-35A", Count}, {"18 F-15EXs", "18 count:F-15EX", Count}}},
		// a part of a whole not counted counts the whole's noun
		{"air defences destroyed 38 of the drones; 12 of their vehicles were lost; 5 of the best", []want{{"38", "38 count:drone", Count},
			{"12", "12 count:vehicle", Count}, {"5", "5 number", Number}}},
		// a unit's words joined by hyphens in a compound adjective
		{"a 120,000-square-foot barracks, a 3-square-mile range and a 10-cubic-yard bin", []want{{"120,000-square-foot", "120000 ft2", Area},
			{"3-square-mile", "3 mi2", Area}, {"10-cubic-yard", "10 yd3", Volume}}},
		{"a 12-square grid and a 40-foot-long boat", []want{{"12-square", "12 count:square", Count}, {"40-foot", "40 ft", Length}}},
		// a tens word and an ordinal are one ordinal; with "second", after a definite determiner
		{"the twenty-first century, the thirty-third time, our sixty-second package and Ukraine's forty-second", nil},
		{"a thirty-second delay and sixty-second intervals", []want{{"thirty-second", "30 second", Duration}, {"sixty-second", "60 second", Duration}}},
		// an age after "age", "ages" or "aged", and the list it starts
		{"two children, ages 6 and 9; volunteers aged 18 to 25", []want{{"two children", "2 count:child", Count},
			{"6", "6 year", Duration}, {"9", "9 year", Duration}, {"18 to 25", "18-25 year", Duration}}},
		{"phases 6 and 9 at 4 and 7 pages", []want{{"4 and 7 pages", "4,7 count:page", Count}}},
		// a bare number corrected by a figure with a unit takes its unit
		{"roughly 1,500 -- sorry, 1,700 short tons; 12, I mean 14 strikes", []want{{"roughly 1,500", "roughly 1500 ton", Mass},
			{"1,700 short tons", "1700 ton", Mass}, {"12", "12 count:strike", Count}, {"14 strikes", "14 count:strike", Count}}},
		{"we saw 30, and 40 km later; 20 -- 30 km", []want{{"30", "30 number", Number}, {"40 km", "40 km", Length}, {"20", "20 number", Number}, {"30 km", "30 km", Length}}},
		// a vague multiple and a larger multiplier after it
		{"give or take a few hundred million; several hundred thousand troops", []want{{"a few hundred million", "about 300000000 number", Number},
			{"several hundred thousand troops", "about 300000 count:troop", Count}}},
		{"a few hundred millions of dollars", []want{{"a few hundred", "about 300 number", Number}}},
		// nationals counted as briefings count migrants
		{"crews interdicted 3,200 Haitians and 45 Cubans", []want{{"3,200 Haitians", "3200 count:Haitian", Count}, {"45 Cubans", "45 count:Cuban", Count}}},
		// "a week or two": from one unit to two
		{"some within a week or two, the rest in a mile or three; a few or two; weeks or two", []want{{"a week or two", "1-2 week", Duration},
			{"a mile or three", "1-3 mi", Length}, {"two", "2 number", Number}, {"two", "2 number", Number}}},
		// a grade's number after a title written in full leads a name, and the age after it is none
		{"Chief Warrant Officer 3 Ann Rivera, 38, and Chief Warrant Officer 2 Ben Cole, 31, died; Petty Officer 2nd Class Jim Carter, 26, and Sergeant Major Lee, 40, served", nil},
		{"the Officer 3 teams, 38, and 4 more", []want{{"38", "38 number", Number}, {"4", "4 number", Number}}},
		{"about 2,000 -- no, excuse me, 3,000 TOW missiles", []want{{"about 2,000", "about 2000 count:TOW missile", Count},
			{"3,000 TOW missiles", "3000 count:TOW missile", Count}}},
		// livestock counted by the head; compounds of "children"
		{"an estimated 7,000 head of cattle and 300 head of sheep; 11 grandchildren", []want{{"an estimated 7,000 head of cattle", "estimated 7000 count:cattle", Count},
			{"300 head of sheep", "300 count:sheep", Count}, {"11 grandchildren", "11 count:grandchild", Count}}},
		{"the 4 head of state visits and 3 head of Delta", []want{{"4", "4 number", Number}, {"3", "3 number", Number}}},
		// names of aircraft that end in s are singular
		{"14 C-130J Super Hercules and two A400M Atlas flew in", []want{{"14 C-130J Super Hercules", "14 count:C-130J Super Hercules", Count},
			{"two A400M Atlas", "2 count:A400M Atlas", Count}}},
		{"Marines of 2/7 and 3/5 Marines joined 1-64 Armor, 2-7 Infantry and 1-5 Cav's troopers", nil},
		{"10-15 Marines and 2/3 of the city", []want{{"10-15 Marines", "10-15 count:Marine", Count}, {"2/3", "0.6666666666666666 number", Number}}},
		{"1. First item\n2. Second", nil},
		{"the first and second", nil},
		{"version 1.2.3 shipped", nil},
		{"Resolution 2254 says", nil},
		{"an F-16, an MQ-9 and an AH-64", nil},
		{"24/7 coverage", nil},
		{"ISIS2 and abc123", nil},
		{"one of the soldiers", nil},
		{"no one was hurt", nil},
		// a part "out of" a whole is one proportion
		{"eight out of ten voters agreed", []want{{"eight out of ten", "0.8 number", Number}}},
		{"only 3 out of the 12 convoys arrived", []want{{"3 out of the 12", "0.25 number", Number}}},
		{"one out of four", []want{{"one out of four", "0.25 number", Number}}},
		{"12 out of 10 for effort", []want{{"12", "12 number", Number}, {"10", "10 number", Number}}},
		{"4 out of action, 6 out of fuel", []want{{"4", "4 number", Number}, {"6", "6 number", Number}}},
		{"5 km out of 20 km", []want{{"5 km", "5 km", Length}, {"20 km", "20 km", Length}}},
		// a power of ten whose superscript was flattened: "10 9", "× 10 4"
		{"an orbit 2.7 × 10 4 km away", []want{{"2.7 × 10 4 km", "27000 km", Length}}},
		{"simulations of 10 9 particles", []want{{"10 9 particles", "1000000000 count:particle", Count}}},
		{"within 10 6 km of", []want{{"within 10 6 km", "up-to 1000000 km", Length}}},
		{"a load of 2 · 10 10 tonnes", []want{{"2 · 10 10 tonnes", "20000000000 t", Mass}}},
		{"the 10 12-year-olds", []want{{"10", "10 number", Number}, {"12-year-olds", "12 year", Duration}}},
		{"scores of 10 12 14", []want{{"10", "10 number", Number}, {"12", "12 number", Number}, {"14", "14 number", Number}}},
		{"aged 10 1 year", []want{{"10", "10 year", Duration}, {"1 year", "1 year", Duration}}},
		{"10 3.5 km", []want{{"10", "10 number", Number}, {"3.5 km", "3.5 km", Length}}},
		// an ordinal whose suffix was split off by a space
		{"the 10 th placed crew", nil},
		{"into the 21 st century", nil},
		{"scored 3 th", []want{{"3", "3 number", Number}}},
		// "pm" after a number that cannot be a time of day is picometres
		{"an ionic radius of 96 pm", []want{{"96 pm", "96 pm", Length}}},
		{"a grid of 2.1 pm", []want{{"2.1 pm", "2.1 pm", Length}}},
		{"at 9 pm and 5.30 pm", nil},
		{"from 9 PM until 11.45pm", nil},
		// "one" before an adverb or a modal verb is the pronoun
		{"One cannot be sure", nil},
		{"as one usually finds", nil},
		{"one rally was held", []want{{"one rally", "1 count:rally", Count}}},
		{"one family fled", []want{{"one family", "1 count:family", Count}}},
		// a number touching a closing bracket before it is a subscript or an index
		{"salts such as Mg(ClO4)2 or Ca(ClO4)2 form", nil},
		{"the factor (IRF)5 gene", nil},
		{"(see above) 5 tanks", []want{{"5 tanks", "5 count:tank", Count}}},
		{"as noted [4] 12 soldiers", []want{{"12 soldiers", "12 count:soldier", Count}}},
		// a letter in parentheses after a number labels a part: "4(b)"
		{"as Figures 4(a) and 4(b) show", nil},
		{"under Article 5(c) of the treaty", nil},
		// list numbering run into a sentence
		{"three aims: 1) speed, 2) range and 3) cost", []want{{"three aims", "3 count:aim", Count}}},
		{"two problems. 1) Fuel; 2) spares.", []want{{"two problems", "2 count:problem", Count}}},
		{"a delay (of 10, or 12) hours", []want{{"10", "10 number", Number}, {"12", "12 number", Number}}},
		{"the pair (4, 12) holds", []want{{"4", "4 number", Number}, {"12", "12 number", Number}}},
	}
	for _, tc := range tests {
		checkFind(t, tc.in, tc.want)
	}
}

// checkFind reports where Find(in) differs from want: each figure's text, normalised form and
// kind.
func checkFind(t *testing.T, in string, want []want) {
	t.Helper()
	got := Find(in)
	var gs []string
	for _, f := range got {
		gs = append(gs, f.Text+" → "+f.Normalised()+" ("+string(f.Kind)+")")
	}
	if len(got) != len(want) {
		t.Errorf("Find(%q) = %q, want %d figures", in, gs, len(want))
		return
	}
	for i, w := range want {
		f := got[i]
		if f.Text != w.text || f.Normalised() != w.norm || f.Kind != w.kind {
			t.Errorf("Find(%q)[%d] = %q, want %q → %q (%s)", in, i, gs[i], w.text, w.norm, w.kind)
		}
	}
}

func TestLemma(t *testing.T) {
	for in, want := range map[string]string{"strikes": "strike", "casualties": "casualty", "wolves": "wolf",
		"knives": "knife", "boxes": "box", "churches": "church", "bushes": "bush", "people": "person",
		"men": "man", "blocks": "block", "buses": "bus", "heroes": "hero", "class": "class", "aircraft": "aircraft",
		"positions": "position", "houses": "house", "vehicles": "vehicle", "representatives": "representative",
		"explosives": "explosive", "operatives": "operative", "midwives": "midwife", "penknives": "penknife"} {
		if got := Lemma(in); got != want {
			t.Errorf("Lemma(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSIAndRange(t *testing.T) {
	f := Find("between 10 and 15 km")
	if len(f) != 1 || !f[0].IsRange || f[0].Min != 10 || f[0].Max != 15 || f[0].Qualifier != "between" {
		t.Fatalf("range: %+v", f)
	}
	f = Find("1,083 square kilometers")
	if len(f) != 1 || f[0].SI != 1.083e9 || f[0].SIUnit != "m2" {
		t.Fatalf("SI: %+v", f)
	}
	f = Find("the past 24 hours")
	if len(f) != 1 || f[0].SI != 86400 || f[0].SIUnit != "s" {
		t.Fatalf("SI: %+v", f)
	}
}

func TestCheck(t *testing.T) {
	tests := []struct {
		in string
		ok bool
	}{
		{"1,083 square kilometers [about 418 square miles]", true},
		{"26 square kilometers [10 square miles]", true},
		{"9 square kilometers – more than 3 square miles", true},
		{"100 square kilometers [about 60 square miles]", false},
		{"10 miles (16 km)", true},
		{"10 miles (20 km)", false},
		{"20 km — nearly 12.5 miles", true},
		{"20 km — nearly 10 miles", false},
		{"5 km (more than 5 miles)", false},
		// a conversion rounded to the nearest unit, then qualified loosely
		{"2,351 square kilometers [at least 908 square miles]", true},
		{"126 square kilometers [over 49 square miles]", true},
		{"1,470 square kilometers [more than 568 square miles]", true},
		{"1,470 square kilometers [nearly 567 square miles]", true},
		{"2,351 square kilometers [almost 907 square miles]", true},
		{"126 square kilometers [under 48 square miles]", true},
		{"1,470 square kilometers [less than 567 square miles]", true},
		{"3 square kilometers [more than 1 square miles]", true},
		// real mismatches stay flagged, whatever the qualifier
		{"100 square kilometers [more than 60 square miles]", false},
		{"100 square kilometers [at least 45 square miles]", false},
		{"100 square kilometers [nearly 60 square miles]", false},
		{"100 square kilometers [less than 30 square miles]", false},
		{"100 square kilometers [under 35 square miles]", false},
		{"126 square kilometers [over 52 square miles]", false},
	}
	for _, tc := range tests {
		f := Find(tc.in)
		if len(f) != 2 || f[1].Restates != 0 || f[1].Check == nil {
			t.Errorf("%q: no restatement: %+v", tc.in, f)
			continue
		}
		if f[0].Restates != -1 || f[0].Check != nil {
			t.Errorf("%q: first figure marked", tc.in)
		}
		if f[1].Check.OK != tc.ok {
			t.Errorf("%q: OK = %v, want %v (%s)", tc.in, f[1].Check.OK, tc.ok, f[1].Check.Message)
		}
		if !tc.ok && f[1].Check.Message == "" {
			t.Errorf("%q: no message", tc.in)
		}
	}
	f := Find("1,083 square kilometers [about 418 square miles]")
	if c := f[1].Check; math.Abs(c.Expected-418.1) > 0.05 || c.Stated != 418 || c.Unit != "mi2" {
		t.Errorf("check = %+v", c)
	}
	// a vague amount is not checked against its restatement
	for _, in := range []string{"a few dozen kilometers [about 20 miles]", "several hundred kilometers (about 200 miles)", "a couple of days (48 hours)"} {
		if f := Find(in); len(f) != 2 || f[1].Check != nil || f[1].Restates != -1 {
			t.Errorf("%q: checked: %+v", in, f)
		}
	}
}

// TestSeedBriefing is the briefing every change must keep annotating exactly.
func TestSeedBriefing(t *testing.T) {
	b, err := os.ReadFile("../../../../shared/seed-briefing.txt")
	if err != nil {
		t.Skip("seed briefing not found:", err)
	}
	type w struct {
		text, norm string
		kind       Kind
		restates   int // relative: -1 none, else offset back
	}
	wants := []w{
		{"24 hours", "24 hour", Duration, -1},
		{"1,083 square kilometers", "1083 km2", Area, -1},
		{"about 418 square miles", "about 418 mi2", Area, 1},
		{"seven strikes", "7 count:strike", Count, -1},
		{"Day 126", "126 day", OperationDay, -1},
		{"Day 126", "126 day", OperationDay, -1},
		{"17 city blocks", "17 count:city block", Count, -1},
		{"26 square kilometers", "26 km2", Area, -1},
		{"10 square miles", "10 mi2", Area, 1},
		{"24 hours", "24 hour", Duration, -1},
		{"More than 80 percent", "more-than 80 percent", Percent, -1},
		{"24 hours", "24 hour", Duration, -1},
		{"9 square kilometers", "9 km2", Area, -1},
		{"more than 3 square miles", "more-than 3 mi2", Area, 1},
	}
	got := Find(string(b))
	if len(got) != len(wants) {
		for _, f := range got {
			t.Logf("%q %s", f.Text, f.Normalised())
		}
		t.Fatalf("got %d figures, want %d", len(got), len(wants))
	}
	for i, w := range wants {
		f := got[i]
		if f.Text != w.text || f.Normalised() != w.norm || f.Kind != w.kind {
			t.Errorf("[%d] = %q %q %s, want %q %q %s", i, f.Text, f.Normalised(), f.Kind, w.text, w.norm, w.kind)
		}
		wantRestates := -1
		if w.restates > 0 {
			wantRestates = i - w.restates
		}
		if f.Restates != wantRestates {
			t.Errorf("[%d] %q Restates = %d, want %d", i, f.Text, f.Restates, wantRestates)
		}
		if wantRestates >= 0 && (f.Check == nil || !f.Check.OK) {
			t.Errorf("[%d] %q check = %+v, want OK", i, f.Text, f.Check)
		}
	}
}

func checkInvariants(t *testing.T, text string, figs []Figure) {
	t.Helper()
	// rune starts as Go decodes them (an invalid byte is a rune of its own)
	starts := map[int]bool{len(text): true}
	for i := range text {
		starts[i] = true
	}
	prev := 0
	for i, f := range figs {
		if f.Start < prev || f.End <= f.Start || f.End > len(text) {
			t.Fatalf("figure %d [%d:%d] out of order or bounds (prev end %d) in %q", i, f.Start, f.End, prev, text)
		}
		if !starts[f.Start] || !starts[f.End] {
			t.Fatalf("figure %d [%d:%d] not on rune boundaries in %q", i, f.Start, f.End, text)
		}
		if f.Text != text[f.Start:f.End] {
			t.Fatalf("figure %d Text %q != %q", i, f.Text, text[f.Start:f.End])
		}
		if f.CoreStart < f.Start || f.CoreEnd > f.End || f.CoreStart > f.CoreEnd || f.NumStart < f.Start || f.NumEnd > f.End {
			t.Fatalf("figure %d inner spans outside [%d:%d]: %+v", i, f.Start, f.End, f)
		}
		if f.Restates >= i || f.Restates < -1 {
			t.Fatalf("figure %d restates %d", i, f.Restates)
		}
		prev = f.End
	}
}

// TestMoneyRangeAtEnd: a sum of money followed by "to " or "and " and nothing else is one
// figure (a range's start with no end), not a crash.
func TestMoneyRangeAtEnd(t *testing.T) {
	for _, s := range []string{"$20 to ", "€5 to ", "between $5 and ", "cost $20 to "} {
		figs := Find(s)
		checkInvariants(t, s, figs)
		if len(figs) != 1 || figs[0].Kind != Money || figs[0].IsRange {
			t.Errorf("%q: %+v", s, figs)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"1,083 square kilometers [about 418 square miles]", "seven strikes", "Day 126", "$2.5 million",
		"between 10 and 15", "10-15 km", "one and a half", "1.2e-3 ± 0.1 m s−1", "3 × 10^5 km", "½ mile",
		"10 1/2 miles", "Oct. 17, 2017", "F-16", "24/7", "(703) 555-1234", "1. item", "−5 °C", "₿21,000,000",
		"twenty  -  six", "two hundred point", "a", "1", "9 square kilometers – more than 3", "€", "10 −7",
		"4 thousand 3 hundred and 21", "000B1\x9200000000", "\xff1\xfe", "1,", "1.", "5e", "1 ±", "between", "US$", "half a",
		"$20 to ", "€5 to ", "between $5 and ", "$20 to",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkInvariants(t, s, Find(s))
	})
}

func BenchmarkFind(b *testing.B) {
	seed, err := os.ReadFile("../../../../shared/seed-briefing.txt")
	if err != nil {
		seed = []byte("In the past 24 hours, they have cleared 1,083 square kilometers [about 418 square miles]. " +
			"Over the weekend, coalition military forces conducted seven strikes in Iraq. ")
	}
	text := strings.Repeat(string(seed)+"\n\n", 400)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text)
	}
}

// BenchmarkFindCorpus runs Find over the blocks of a synthetic archive, one call per paragraph,
// list item, heading or table cell, as a build does. The archive is made by
// shared/bench/gen-corpus (gen-corpus 300 /tmp/figcorpus); FIGURE_BENCH_CORPUS names another
// directory. The benchmark is skipped when there is none.
func BenchmarkFindCorpus(b *testing.B) {
	dir := os.Getenv("FIGURE_BENCH_CORPUS")
	if dir == "" {
		dir = "/tmp/figcorpus"
	}
	var blocks []string
	size := 0
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".md") {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return nil
		}
		for _, blk := range markdownBlocks(string(src)) {
			blocks = append(blocks, blk)
			size += len(blk)
		}
		return nil
	})
	if len(blocks) == 0 {
		b.Skip("no corpus in", dir, "(make one with shared/bench/gen-corpus 300 /tmp/figcorpus)")
	}
	if seed, err := os.ReadFile("../../../../shared/seed-briefing.txt"); err == nil {
		for _, blk := range markdownBlocks(string(seed)) {
			blocks = append(blocks, blk)
			size += len(blk)
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, blk := range blocks {
			Find(blk)
		}
	}
}

// markdownBlocks splits a Markdown file roughly into the text blocks a build hands to Find:
// the frontmatter is dropped, paragraphs are split at blank lines, and list items, headings
// and table cells are blocks of their own.
func markdownBlocks(src string) []string {
	if rest, ok := strings.CutPrefix(src, "---\n"); ok {
		if i := strings.Index(rest, "\n---\n"); i >= 0 {
			src = rest[i+5:]
		}
	}
	var out []string
	for _, para := range strings.Split(src, "\n\n") {
		para = strings.TrimSpace(para)
		switch {
		case para == "":
		case strings.HasPrefix(para, "- ") || strings.HasPrefix(para, "#"):
			for _, line := range strings.Split(para, "\n") {
				out = append(out, strings.TrimLeft(line, "-# "))
			}
		case strings.HasPrefix(para, "|"):
			for _, line := range strings.Split(para, "\n") {
				for _, cell := range strings.Split(line, "|") {
					if cell = strings.TrimSpace(cell); cell != "" && strings.Trim(cell, "-:") != "" {
						out = append(out, cell)
					}
				}
			}
		default:
			out = append(out, para)
		}
	}
	return out
}

// TestParseShortDecimal checks the fast conversion of short decimals against strconv.ParseFloat.
func TestParseShortDecimal(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		n := 1 + r.IntN(16)
		b := make([]byte, 0, n+1)
		for range n {
			b = append(b, byte('0'+r.IntN(10)))
		}
		if r.IntN(4) > 0 {
			p := r.IntN(len(b) + 1)
			b = append(b[:p], append([]byte{'.'}, b[p:]...)...)
		}
		got, ok := parseShortDecimal(b)
		want, err := strconv.ParseFloat(string(b), 64)
		if ok && (err != nil || math.Float64bits(got) != math.Float64bits(want)) {
			t.Fatalf("parseShortDecimal(%q) = %v, ParseFloat %v %v", b, got, want, err)
		}
		if !ok && n <= 15 && string(b) != "." {
			t.Fatalf("parseShortDecimal(%q) not taken", b)
		}
	}
}

// TestFindParallel runs Find from several goroutines at once (its caches are shared) and
// compares the results with those of one.
func TestFindParallel(t *testing.T) {
	texts := []string{
		"Over the weekend, coalition military forces conducted seven strikes in Iraq and 12 strikes in Syria.",
		"The 2nd Brigade Combat Team moved 902 soldiers and 541 vehicles through Kabul.",
		"Engineers removed 1,666 improvised explosive devices from 18 city blocks in Farah.",
		"1,083 square kilometers [about 418 square miles], 4 consecutive days, 3 IED attacks",
	}
	want := make([]string, len(texts))
	for i, s := range texts {
		for _, f := range Find(s) {
			want[i] += f.Normalised() + "|"
		}
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 200 {
				i := (g + k) % len(texts)
				got := ""
				for _, f := range Find(texts[i]) {
					got += f.Normalised() + "|"
				}
				if got != want[i] {
					errs <- got + " != " + want[i]
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestFilters checks that each word filter passes every word of its table, and mayStartFigure
// every word that can start a figure: a filter that missed one would change what Find finds.
func TestFilters(t *testing.T) {
	check := func(name string, f *wordFilter, words []string) {
		for _, w := range words {
			if !f.mayHave(w) || !f.mayHaveBytes([]byte(w)) {
				t.Errorf("%s filter rules out %q", name, w)
			}
			if up := strings.ToUpper(w); !f.mayHave(up) {
				t.Errorf("%s filter rules out %q", name, up)
			}
		}
	}
	for k, c := range wordUnits {
		if wordUnitInfo[k] != lookupUnit(c) {
			t.Errorf("wordUnitInfo[%q] = %+v, want %+v", k, wordUnitInfo[k], lookupUnit(c))
		}
	}
	if len(wordUnitInfo) != len(wordUnits) {
		t.Errorf("wordUnitInfo has %d entries, wordUnits %d", len(wordUnitInfo), len(wordUnits))
	}
	var firsts, lasts []string
	for k := range wordUnits {
		n := 0
		for n < len(k) && isLetter(k[n]) {
			n++
		}
		firsts = append(firsts, k[:n])
	}
	for k := range qualifiers {
		lasts = append(lasts, k[strings.LastIndexByte(k, ' ')+1:])
	}
	check("wordUnitWhole", &wordUnitWhole, slices.Collect(maps.Keys(wordUnits)))
	check("wordUnitFirst", &wordUnitFirst, firsts)
	check("symbolFilter", &symbolFilter, slices.Collect(maps.Keys(symbolUnits)))
	check("qualifierWhole", &qualifierWhole, slices.Collect(maps.Keys(qualifiers)))
	check("qualifierLast", &qualifierLast, lasts)
	check("monthFilter", &monthFilter, slices.Collect(maps.Keys(months)))
	check("designatorFilter", &designatorFilter, slices.Collect(maps.Keys(designators)))
	check("stopWordFilter", &stopWordFilter, slices.Collect(maps.Keys(stopWords)))
	check("numberFilter", &numberFilter, slices.Collect(maps.Keys(numberWords)))
	check("irregularFilter", &irregularFilter, slices.Collect(maps.Keys(irregular)))
	for _, w := range append(slices.Collect(maps.Keys(numberWords)), "a", "an", "half", "quarter", "few", "several", "couple") {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if !mayStartFigure(v) {
				t.Errorf("mayStartFigure(%q) = false", v)
			}
		}
	}
	for _, w := range []string{"the", "to", "and", "of", "strikes", "Iraq", "ñandú", "1", ""} {
		if mayStartFigure(w) {
			t.Errorf("mayStartFigure(%q) = true", w)
		}
	}
}

// AppendFind appends what Find returns, each text's Restates counting from its own first
// figure, and leaves what dst held as it was.
func TestAppendFind(t *testing.T) {
	texts := []string{
		"They cleared 1,083 square kilometers [about 418 square miles] and 12 villages.",
		"No figure here.",
		"Aircraft conducted seven strikes, about 40 percent of them near 3 bridges (5 km).",
	}
	var all []Figure
	for i, s := range texts {
		before := slices.Clone(all)
		all = AppendFind(all, s)
		want := Find(s)
		if got := all[len(before):]; !reflect.DeepEqual(got, want) && (len(got) > 0 || len(want) > 0) {
			t.Errorf("text %d: appended %+v, Find %+v", i, got, want)
		}
		if !reflect.DeepEqual(all[:len(before)], before) && len(before) > 0 {
			t.Errorf("text %d changed the figures before it", i)
		}
	}
	if len(all) < 6 {
		t.Errorf("only %d figures found", len(all))
	}
}
