package article

import (
	"net/url"
	"path"
	"regexp"
	"strings"
)

// A news digest in Markdown (Wikipedia's "Current events" pages are the
// model) lists many short news items: headings are categories, bullets made
// only of links name the story an item belongs to, and every other bullet is
// one news item, so one article. Links in an item point to the canonical
// page of what they name; they are kept as Links, and links whose text is an
// outlet in brackets, "[(Reuters)](https://...)", are the item's sources.

var (
	bulletLine  = regexp.MustCompile(`^(\s*)[*+-]\s+(.*)$`)
	headingLine = regexp.MustCompile(`^#{1,6}\s+(.*?)\s*#*\s*$`)
	// mdLink is [text](url "title"); the text may hold one level of
	// brackets, as in "[(Reuters)](...)".
	mdLink        = regexp.MustCompile(`\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\(\s*(<[^>]*>|[^\s)]*)(?:\s+"([^"]*)")?\s*\)`)
	frontDate     = regexp.MustCompile(`(?m)^date:\s*["']?(\d{4}-\d{2}-\d{2})`)
	emphasis      = regexp.MustCompile(`(\*\*|__|\*|_)([^*_\s][^*_]*?)(\*\*|__|\*|_)`)
	topicLeftover = regexp.MustCompile(`^[\s,;:/&–—-]*(and[\s,;:/&–—-]*)*$`)
)

// readDigest reads a Markdown digest, one article an item.
func readDigest(p string, data []byte) ([]Article, error) {
	text, err := decodeText(data)
	if err != nil {
		return nil, err
	}
	body, date, offset := frontMatter(text)
	d := digest{path: p, date: date}
	lines := strings.Split(body, "\n")
	for i := 0; i < len(lines); i++ {
		line := strings.TrimRight(lines[i], " \t\r")
		lineNo := offset + i + 1
		if m := headingLine.FindStringSubmatch(line); m != nil {
			d.category, d.topics = stripEmphasis(m[1]), nil
			continue
		}
		m := bulletLine.FindStringSubmatch(line)
		if m == nil {
			if t := strings.TrimSpace(line); t != "" && isProse(t) {
				d.item(t, lineNo, 0)
			}
			continue
		}
		item := m[2]
		// Lines indented under a bullet, not bullets themselves, continue it.
		for i+1 < len(lines) && strings.HasPrefix(lines[i+1], m[1]+" ") && !bulletLine.MatchString(lines[i+1]) && strings.TrimSpace(lines[i+1]) != "" {
			i++
			item += " " + strings.TrimSpace(lines[i])
		}
		d.item(item, lineNo, len(m[1]))
	}
	if len(d.arts) == 0 {
		return nil, errEmpty
	}
	return d.arts, nil
}

// frontMatter splits off a leading "---" block and returns the rest, the
// date it gives, and how many lines it took.
func frontMatter(text string) (string, string, int) {
	if !strings.HasPrefix(text, "---\n") && !strings.HasPrefix(text, "---\r\n") {
		return text, "", 0
	}
	_, rest, _ := strings.Cut(text, "\n")
	end := strings.Index(rest, "\n---")
	if end < 0 {
		return text, "", 0
	}
	fm := rest[:end]
	body := rest[end+4:]
	_, body, _ = strings.Cut(body, "\n")
	date := ""
	if m := frontDate.FindStringSubmatch(fm); m != nil {
		date = m[1]
	}
	return body, date, strings.Count(fm, "\n") + 3
}

type digest struct {
	path, date, category string
	topics               []topic // the story bullets above the current item
	arts                 []Article
}

type topic struct {
	indent int
	name   string
}

// item files one bullet: a story heading when it is only links, else an
// article under the innermost story heading.
func (d *digest) item(md string, line, indent int) {
	for len(d.topics) > 0 && d.topics[len(d.topics)-1].indent >= indent {
		d.topics = d.topics[:len(d.topics)-1]
	}
	text, links, sources := renderInline(md)
	if isTopic(text, links) {
		d.topics = append(d.topics, topic{indent: indent, name: strings.Trim(text, "*_ ")})
		return
	}
	a := Article{Text: text, Links: links, Published: d.date, Category: d.category, Path: d.path, Line: line}
	// Digests repeat one-line items word for word on other days ("The
	// Houthis launch a ballistic missile at Israel, which is intercepted."),
	// and each is its own report, so the day is part of the identity.
	a.ID = HashID(Hash(d.date + "\n" + text))
	if len(d.topics) > 0 {
		a.Title = d.topics[len(d.topics)-1].name
	}
	if len(sources) > 0 {
		a.Source, a.URL = sources[0].Text, sources[0].Target
	}
	if a.finish() == nil {
		d.arts = append(d.arts, a)
	}
}

// isTopic reports a bullet that is nothing but links, a story heading.
func isTopic(text string, links []Link) bool {
	if len(links) == 0 {
		return false
	}
	var rest strings.Builder
	prev := 0
	for _, l := range links {
		rest.WriteString(text[prev:l.Start])
		prev = l.End
	}
	rest.WriteString(text[prev:])
	return topicLeftover.MatchString(rest.String())
}

// renderInline turns an item's Markdown into plain text: links become their
// anchor text, recorded as Links with byte offsets, and source citations are
// taken out and returned apart (Text the outlet, Target the URL).
func renderInline(md string) (string, []Link, []Link) {
	var b strings.Builder
	var links, sources []Link
	prev := 0
	for _, m := range mdLink.FindAllStringSubmatchIndex(md, -1) {
		b.WriteString(stripEmphasis(md[prev:m[0]]))
		prev = m[1]
		anchor := stripEmphasis(md[m[2]:m[3]])
		href := strings.Trim(md[m[4]:m[5]], "<>")
		title := ""
		if m[6] >= 0 {
			title = md[m[6]:m[7]]
		}
		if strings.HasPrefix(anchor, "(") && strings.HasSuffix(anchor, ")") {
			sources = append(sources, Link{Text: strings.TrimSpace(anchor[1 : len(anchor)-1]), Target: href})
			continue
		}
		start := b.Len()
		b.WriteString(anchor)
		links = append(links, Link{Text: anchor, Target: linkTarget(href, title), Start: start, End: b.Len()})
	}
	b.WriteString(stripEmphasis(md[prev:]))
	text := b.String()
	// Citations leave spaces behind at the end; trailing spaces are trimmed
	// and the offsets stay valid, since they lie before them.
	text = strings.TrimRight(text, " ")
	return text, links, sources
}

// linkTarget is the canonical name a link points to: its title when it has
// one, else the last segment of its path with underscores as spaces, the
// way wiki page names are written.
func linkTarget(href, title string) string {
	if title != "" {
		return title
	}
	u, err := url.Parse(href)
	if err != nil || u.Path == "" {
		return href
	}
	name := path.Base(u.Path)
	if un, err := url.PathUnescape(name); err == nil {
		name = un
	}
	return strings.ReplaceAll(name, "_", " ")
}

func stripEmphasis(s string) string {
	return emphasis.ReplaceAllString(s, "$2")
}
