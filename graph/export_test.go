package graph

// SetStoryPage sets how many stored articles a SAME_STORY read takes at a
// time, so that tests with few articles read several pages; it returns a
// func that puts it back.
func SetStoryPage(n int) (restore func()) {
	old := storyPage
	storyPage = n
	return func() { storyPage = old }
}
