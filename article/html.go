package article

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// Saved web pages are read with trafilatura, a maintained main-content
// extractor that also finds the title, date, author and canonical URL in the
// page's metadata (meta tags, JSON-LD, Open Graph). When it finds no content,
// the page's visible text goes through the same body search as text dumps.

// readHTML reads one saved web page as one article.
func readHTML(p string, data []byte) ([]Article, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, errEmpty
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, errBinary
	}
	data, err := htmlToUTF8(data)
	if err != nil {
		return nil, err
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("parsing HTML: %w", err)
	}
	a := Article{}
	res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{
		ExcludeComments: true,
		ExcludeTables:   true,
		Deduplicate:     true,
	})
	if err == nil && res != nil {
		m := res.Metadata
		a.Title, a.Author, a.URL, a.Source = m.Title, m.Author, m.URL, m.Sitename
		if !m.Date.IsZero() {
			a.Published = m.Date.Format("2006-01-02")
		}
		if len(m.Categories) > 0 {
			a.Category = m.Categories[0]
		}
		a.Text = res.ContentText
	}
	if strings.TrimSpace(a.Text) == "" {
		fb, err := parseText(visibleText(doc))
		if err != nil {
			return nil, err
		}
		a.Text, a.Dateline = fb.Text, fb.Dateline
		if a.Title == "" {
			a.Title = fb.Title
		}
	} else {
		a.Text = paragraphs(a.Text)
		first, rest, _ := strings.Cut(a.Text, "\n\n")
		if d, p := splitDateline(first); d != "" {
			a.Dateline, a.Text = d, joinParagraphs(p, rest)
		}
	}
	if err := a.finish(); err != nil {
		return nil, err
	}
	a.Path = p
	return []Article{a}, nil
}

// htmlToUTF8 converts a page to UTF-8 using its declared charset, or the
// same guesses as for text when it declares none.
func htmlToUTF8(data []byte) ([]byte, error) {
	if utf8.Valid(data) {
		return data, nil
	}
	if enc, name, certain := charset.DetermineEncoding(data, ""); certain && name != "utf-8" {
		out, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			return nil, fmt.Errorf("decoding %s: %w", name, err)
		}
		return out, nil
	}
	s, ok := decodeWindows1252(data)
	if !ok {
		return nil, errInvalidUTF8
	}
	return []byte(s), nil
}

// paragraphs puts a blank line between the lines trafilatura returns, one
// line a paragraph, so that all formats separate paragraphs alike.
func paragraphs(text string) string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n\n")
}

func joinParagraphs(a, b string) string {
	if b == "" {
		return a
	}
	return a + "\n\n" + b
}

// visibleText renders the text a reader sees, one line a block element,
// leaving out scripts, styles and other invisible parts.
func visibleText(doc *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(strings.Join(strings.Fields(n.Data), " "))
			if strings.HasSuffix(n.Data, " ") || strings.HasSuffix(n.Data, "\n") {
				b.WriteByte(' ')
			}
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template", "svg", "head", "iframe":
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && blockElements[n.Data] {
			b.WriteString("\n\n")
		}
	}
	walk(doc)
	return b.String()
}

var blockElements = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "section": true, "article": true, "header": true, "footer": true,
	"nav": true, "aside": true, "blockquote": true, "tr": true, "ul": true, "ol": true, "main": true,
	"figcaption": true, "pre": true, "td": true, "dd": true, "dt": true, "title": true,
}
