package build

import (
	"fmt"
	"maps"
	"text/template/parse"

	"github.com/sitrep-archive/sitrep/generator/site"
)

// An item's key. A list item (partials/briefing-item.html, executed with the briefing alone)
// rendered for one model may be kept for the next when its briefing's key is the same
// (render.ShareItems). Which key covers what the partial shows is read from its parse tree
// (itemReach), following the value of dot and of each variable through fields, ranges,
// withs, functions and template calls: the summary key when every value it reaches is one
// the summary key hashes, the full key when it reaches more of the file (the body, every
// figure), and no sharing when it reaches anything else (a term's own fields beyond its
// name and URLs, its briefings, a value handed to a function that may read it whole). A
// partial the reading cannot follow is not shared: the items are then rendered for each
// model, as without sharing.

// itemLevel is what key an item's bytes need.
type itemLevel int

const (
	itemNone    itemLevel = iota // not shared
	itemSummary                  // sg.sum
	itemFull                     // sg.full
)

// roleKind is what a value reached by the partial is, as far as the keys go.
type roleKind int

const (
	roleLeaf   roleKind = iota // a value the key hashes whole (a string, a date, a list of strings)
	roleFile                   // a value read from the briefing's file alone (full key)
	roleItem                   // the listed briefing
	roleNear                   // its neighbour (.Prev, .Next)
	roleTerm                   // one of its terms (identity only)
	rolePlace                  // a term's gazetteer place
	roleKeyFig                 // one of its key figures
	roleOpaque                 // a value that may only be tested for truth
)

// role is a value's kind, and how many lists deep it is (1 for .Theatres).
type role struct {
	kind roleKind
	list int
}

type fieldRole struct {
	to    role
	level itemLevel
}

var (
	leafSum = fieldRole{role{roleLeaf, 0}, itemSummary}
	fileAll = fieldRole{role{roleFile, 0}, itemFull}
)

// itemFields are the fields and methods a partial may read of each kind of value, what they
// are, and the key that covers them.
var itemFields = map[roleKind]map[string]fieldRole{
	roleItem: {
		"Path": leafSum, "Title": leafSum, "Date": leafSum, "HasTime": leafSum, "URL": leafSum,
		"Permalink": leafSum, "Slug": leafSum, "Author": leafSum, "Summary": leafSum,
		"Description": leafSum, "Source": leafSum, "Tags": leafSum, "Draft": leafSum,
		"InferredTheatres": leafSum, "InferredOperations": leafSum, "URLPath": leafSum,
		"KeyFigures": {role{roleKeyFig, 1}, itemSummary},
		"Theatres":   {role{roleTerm, 1}, itemSummary},
		"Operations": {role{roleTerm, 1}, itemSummary},
		"PlaceTerms": {role{roleTerm, 1}, itemSummary},
		"Month":      {role{roleTerm, 0}, itemSummary},
		"Prev":       {role{roleNear, 0}, itemSummary},
		"Next":       {role{roleNear, 0}, itemSummary},
		"Format":     fileAll, "Body": fileAll, "BodyLine": fileAll, "TitlePos": fileAll, "SlugPos": fileAll,
		"Content": fileAll, "WordCount": fileAll, "Figures": fileAll, "FigureCount": fileAll,
		"PackedFigures": fileAll, "Places": fileAll, "Briefing": fileAll,
	},
	roleNear: {"Path": leafSum, "URL": leafSum, "Permalink": leafSum, "Title": leafSum, "Date": leafSum},
	roleTerm: {
		"Kind": leafSum, "Name": leafSum, "Slug": leafSum, "URL": leafSum, "Permalink": leafSum,
		"FeedURL": leafSum, "Countries": leafSum, "KindName": leafSum,
		"Place": {role{rolePlace, 0}, itemSummary},
	},
	rolePlace: {
		"ID": leafSum, "Name": leafSum, "Slug": leafSum, "Kind": leafSum, "Country": leafSum,
		"Region": leafSum, "Lat": leafSum, "Lon": leafSum, "HasCoords": leafSum, "Population": leafSum,
	},
	roleKeyFig: {
		"Text": leafSum, "Kind": leafSum, "Unit": leafSum, "Qualifier": leafSum, "SIUnit": leafSum,
		"Value": leafSum, "Min": leafSum, "Max": leafSum, "SI": leafSum, "IsRange": leafSum,
		"IsList": leafSum, "Restates": leafSum, "Segment": leafSum, "Parts": leafSum,
		"Normalised": leafSum,
	},
}

// leafFuncs are the functions that read only the values they are given, each of which must
// be one the key hashes whole.
var leafFuncs = map[string]bool{
	"relURL": true, "absURL": true, "date": true, "isoDate": true, "number": true, "plural": true,
	"slugify": true, "join": true, "add": true, "sub": true, "addf": true, "subf": true,
	"xml": true, "value": true, "jsonLD": true,
	"eq": true, "ne": true, "lt": true, "le": true, "gt": true, "ge": true,
	"print": true, "printf": true, "println": true, "html": true, "js": true, "urlquery": true,
}

// itemKeyLevel reads the partial briefing-item.html (with the templates it calls) in trees.
func itemKeyLevel(trees map[string]*parse.Tree) itemLevel {
	if trees["briefing-item.html"] == nil {
		return itemNone
	}
	r := &itemReader{trees: trees, seen: map[string]bool{}, level: itemSummary}
	if !r.template("briefing-item.html", role{roleItem, 0}) {
		return itemNone
	}
	return r.level
}

type itemReader struct {
	trees map[string]*parse.Tree
	seen  map[string]bool // template name and dot role already read (or being read)
	level itemLevel
	depth int
}

// scope is the role of dot and of each variable.
type scope struct {
	dot  role
	vars map[string]role
}

func (s scope) with(dot role) scope {
	return scope{dot: dot, vars: maps.Clone(s.vars)}
}

func (r *itemReader) template(name string, dot role) bool {
	key := fmt.Sprint(name, "\x00", dot.kind, dot.list)
	if r.seen[key] {
		return true
	}
	r.seen[key] = true
	t := r.trees[name]
	if t == nil || t.Root == nil || r.depth > 50 {
		return false
	}
	r.depth++
	defer func() { r.depth-- }()
	return r.list(t.Root, scope{dot: dot, vars: map[string]role{"$": dot}})
}

func (r *itemReader) list(l *parse.ListNode, s scope) bool {
	if l == nil {
		return true
	}
	for _, n := range l.Nodes {
		if !r.node(n, s) {
			return false
		}
	}
	return true
}

func (r *itemReader) node(n parse.Node, s scope) bool {
	switch n := n.(type) {
	case *parse.TextNode, *parse.CommentNode, *parse.BreakNode, *parse.ContinueNode:
		return true
	case *parse.ActionNode:
		v, ok := r.pipe(n.Pipe, s)
		if !ok {
			return false
		}
		if len(n.Pipe.Decl) == 0 { // printed
			return leafRole(v)
		}
		return declare(n.Pipe, s, v)
	case *parse.IfNode:
		return r.branch(&n.BranchNode, s, false, false)
	case *parse.WithNode:
		return r.branch(&n.BranchNode, s, true, false)
	case *parse.RangeNode:
		return r.branch(&n.BranchNode, s, true, true)
	case *parse.TemplateNode:
		dot := role{roleLeaf, 0}
		if n.Pipe != nil {
			v, ok := r.pipe(n.Pipe, s)
			if !ok {
				return false
			}
			dot = v
		}
		return r.template(n.Name, dot)
	case *parse.ListNode:
		return r.list(n, s)
	}
	return false
}

// branch reads an if, a with (setDot) or a range (setDot, elem).
func (r *itemReader) branch(b *parse.BranchNode, s scope, setDot, elem bool) bool {
	inner := s.with(s.dot)
	v, ok := r.pipe(b.Pipe, inner)
	if !ok {
		return false
	}
	if elem {
		switch {
		case v.list > 0:
			v.list--
		case v.kind == roleLeaf || v.kind == roleFile:
		default:
			return false
		}
		if d := b.Pipe.Decl; len(d) == 2 { // $i, $v := range
			if !declareOne(b.Pipe, inner, d[0].Ident[0], role{roleLeaf, 0}) || !declareOne(b.Pipe, inner, d[1].Ident[0], v) {
				return false
			}
		} else if !declare(b.Pipe, inner, v) {
			return false
		}
	} else if !declare(b.Pipe, inner, v) {
		return false
	}
	if setDot {
		inner.dot = v
	}
	return r.list(b.List, inner) && r.list(b.ElseList, s.with(s.dot))
}

// declare records the variable a pipeline declares ($x := …) or assigns ($x = …) as v.
func declare(p *parse.PipeNode, s scope, v role) bool {
	switch len(p.Decl) {
	case 0:
		return true
	case 1:
		return declareOne(p, s, p.Decl[0].Ident[0], v)
	}
	return false
}

// declareOne declares name as v, or, for an assignment, checks that v is what name was
// declared as: a variable keeps one role wherever it is assigned, so that a branch that
// assigns it cannot change what it is after the branch.
func declareOne(p *parse.PipeNode, s scope, name string, v role) bool {
	if p.IsAssign {
		old, ok := s.vars[name]
		return ok && old == v
	}
	s.vars[name] = v
	return true
}

// pipe returns the role of a pipeline's value.
func (r *itemReader) pipe(p *parse.PipeNode, s scope) (role, bool) {
	if p == nil || len(p.Cmds) == 0 {
		return role{}, false
	}
	var v role
	for i, c := range p.Cmds {
		var ok bool
		var prev *role
		if i > 0 {
			prev = &v
		}
		if v, ok = r.command(c, s, prev); !ok {
			return role{}, false
		}
	}
	return v, true
}

func leafRole(v role) bool { return v.list == 0 && (v.kind == roleLeaf || v.kind == roleFile) }

// command returns the role of one command's value; piped is the value of the command before.
func (r *itemReader) command(c *parse.CommandNode, s scope, piped *role) (role, bool) {
	if len(c.Args) == 0 {
		return role{}, false
	}
	var args []role
	for _, a := range c.Args[1:] {
		v, ok := r.arg(a, s)
		if !ok {
			return role{}, false
		}
		args = append(args, v)
	}
	if piped != nil {
		args = append(args, *piped)
	}
	if id, ok := c.Args[0].(*parse.IdentifierNode); ok {
		return r.call(id.Ident, args)
	}
	v, ok := r.arg(c.Args[0], s)
	if !ok {
		return role{}, false
	}
	// A method called with arguments: the arguments must be hashed whole, and so must what
	// it returns.
	for _, a := range args {
		if !leafRole(a) {
			return role{}, false
		}
	}
	return v, len(args) == 0 || leafRole(v)
}

// call returns the role of a function's value.
func (r *itemReader) call(name string, args []role) (role, bool) {
	switch {
	case leafFuncs[name]:
		for _, a := range args {
			if !leafRole(a) {
				return role{}, false
			}
		}
		return role{roleLeaf, 0}, true
	case name == "and" || name == "or":
		if len(args) == 0 {
			return role{}, false
		}
		for _, a := range args[1:] {
			if a != args[0] {
				return role{roleOpaque, 0}, true
			}
		}
		return args[0], true
	case name == "len":
		return role{roleLeaf, 0}, len(args) == 1
	case name == "not": // its truth alone
		return role{roleLeaf, 0}, len(args) == 1
	case name == "index" || name == "slice" || name == "limit":
		if len(args) == 0 {
			return role{}, false
		}
		list, rest := args[0], args[1:]
		if name == "limit" {
			list, rest = args[len(args)-1], args[:len(args)-1]
		}
		for _, a := range rest {
			if !leafRole(a) {
				return role{}, false
			}
			if name != "index" {
				continue
			}
			switch {
			case list.list > 0:
				list.list--
			case leafRole(list):
			default:
				return role{}, false
			}
		}
		return list, name == "index" || list.list > 0 || leafRole(list)
	}
	return role{}, false
}

// arg returns the role of one argument.
func (r *itemReader) arg(n parse.Node, s scope) (role, bool) {
	switch n := n.(type) {
	case *parse.DotNode:
		return s.dot, true
	case *parse.StringNode, *parse.NumberNode, *parse.BoolNode, *parse.NilNode:
		return role{roleLeaf, 0}, true
	case *parse.FieldNode:
		return r.fields(s.dot, n.Ident)
	case *parse.VariableNode:
		v, ok := s.vars[n.Ident[0]]
		if !ok {
			return role{}, false
		}
		return r.fields(v, n.Ident[1:])
	case *parse.ChainNode:
		v, ok := r.arg(n.Node, s)
		if !ok {
			return role{}, false
		}
		return r.fields(v, n.Field)
	case *parse.PipeNode:
		return r.pipe(n, s.with(s.dot))
	}
	return role{}, false
}

// fields returns the role of v.F1.F2…, and raises the level to what they need.
func (r *itemReader) fields(v role, names []string) (role, bool) {
	for _, f := range names {
		if v.list > 0 {
			return role{}, false
		}
		switch v.kind {
		case roleLeaf, roleFile:
			continue
		case roleOpaque:
			return role{}, false
		}
		fr, ok := itemFields[v.kind][f]
		if !ok {
			return role{}, false
		}
		r.level = max(r.level, fr.level)
		v = fr.to
	}
	return v, true
}

// itemKey returns the function giving the key of a briefing's list item under level (0 for
// none), for render.ShareItems.
func (sg *signer) itemKey(level itemLevel) func(*site.Briefing) uint64 {
	return func(b *site.Briefing) uint64 {
		i, ok := sg.bi[b]
		if !ok || level == itemNone {
			return 0
		}
		if d := sg.docs[i]; d == nil || d.keys == nil {
			return 0
		}
		k := sg.sum[i]
		if level == itemFull {
			k = sg.full[i]
		}
		return (k ^ uint64(level)*hashK1) | 1 // a summary key never stands for a full one
	}
}

// shareItems lets the templates keep the list items rendered for m for the models of later
// rebuilds, keyed by what the item partial shows (itemKeyLevel).
func (s *Session) shareItems(m *site.Site, sg *signer) {
	if s.tmpl == nil || !s.rebuilds {
		return
	}
	s.readItemPartial()
	s.tmpl.ShareItems(m, sg.itemKey(s.itemLevel))
}

// readItemPartial reads the item partial of the current layouts once (itemKeyLevel). A
// partial that shows what no item key covers (the counts of a briefing's terms, which other
// briefings change) makes every kind that lists items through it depend on the whole site:
// its pages are signed again whenever anything changes.
func (s *Session) readItemPartial() {
	if s.tmpl == nil || s.itemTmpl == s.tmpl {
		return
	}
	trees := s.tmpl.PartialTrees()
	s.itemTmpl, s.itemLevel = s.tmpl, itemKeyLevel(trees)
	if trees["briefing-item.html"] == nil || s.itemLevel != itemNone {
		return
	}
	for kind, d := range s.deps {
		if d.items {
			d.everything = true
			s.deps[kind] = d
		}
	}
}
