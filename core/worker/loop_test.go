package worker

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// steps is a Stepper that needs no model: a message "name n" is n steps,
// each posting "name i"; a step of a message named "panic" panics.
type steps struct {
	name     string
	gen      int
	done, n  int
	messages []string
}

func (s *steps) Message(msg string) {
	s.messages = append(s.messages, msg)
	name, n, _ := strings.Cut(msg, " ")
	s.name, s.done = name, 0
	s.n, _ = strconv.Atoi(n)
	s.gen++
}

func (s *steps) Step() (string, bool) {
	if s.name == "panic" {
		panic("boom\nwith a stack")
	}
	if s.done >= s.n {
		return "", false
	}
	s.done++
	return s.name + " " + strconv.Itoa(s.done), s.done < s.n
}

func (s *steps) Gen() int { return s.gen }

// loop is a Loop over s, posting nowhere yet.
func (s *steps) loop() *Loop {
	return &Loop{Inbox: NewInbox(), Work: s}
}

// loop returns a loop over a steps whose Pause calls pause with the
// number of pauses so far, and what it posts; posting last closes the
// inbox, as the page leaving would.
func loop(last string, pause func(l *Loop, n int)) (*Loop, *steps, *[]string) {
	var posts []string
	st := &steps{}
	l := st.loop()
	l.Post = func(m string) {
		posts = append(posts, m)
		if m == last {
			l.Inbox.Close()
		}
	}
	n := 0
	l.Pause = func() { n++; pause(l, n) }
	return l, st, &posts
}

func TestLoopTakesOnlyTheNewestWaitingMessage(t *testing.T) {
	l, st, posts := loop("newest 2", func(*Loop, int) {})
	l.Inbox.Put("old 2")
	l.Inbox.Put("older 2")
	l.Inbox.Put("newest 2")
	l.Run()
	assert.Equal(t, []string{"newest 2"}, st.messages, "the messages that waited coalesce to the newest")
	assert.Equal(t, []string{"newest 1", "newest 2"}, *posts)
}

func TestANewerMessageInterruptsARun(t *testing.T) {
	l, st, posts := loop("c 2", func(l *Loop, n int) {
		if n == 2 {
			// Two messages arrive while the loop pauses: the run under
			// way stops and the newest of them starts.
			l.Inbox.Put("b 3")
			l.Inbox.Put("c 2")
		}
	})
	l.Inbox.Put("a 5")
	l.Run()
	assert.Equal(t, []string{"a 5", "c 2"}, st.messages)
	assert.Equal(t, []string{"a 1", "a 2", "c 1", "c 2"}, *posts, "a stops after its second step; b is never run")
}

func TestARunThatEndsWaitsForTheNextMessage(t *testing.T) {
	var posts []string
	st := &steps{}
	l := st.loop()
	// The page answers each post: the loop, its run over, waits for
	// the next message and runs it.
	l.Post = func(m string) {
		posts = append(posts, m)
		switch m {
		case "a 1":
			l.Inbox.Put("b 1")
		case "b 1":
			l.Inbox.Close()
		}
	}
	l.Inbox.Put("a 1")
	l.Run()
	assert.Equal(t, []string{"a 1", "b 1"}, posts)
	assert.Equal(t, []string{"a 1", "b 1"}, st.messages)
}

func TestCloseStopsTheLoopWithinAStep(t *testing.T) {
	l, st, posts := loop("", func(l *Loop, n int) {
		if n == 1 {
			l.Inbox.Close()
			l.Inbox.Put("after 1") // dropped: the inbox is closed
		}
	})
	l.Inbox.Put("long 100")
	l.Run()
	assert.Equal(t, []string{"long 1"}, *posts, "the run under way stops at its next step")
	assert.Equal(t, []string{"long 100"}, st.messages)
	_, _, open := l.Inbox.Take()
	assert.False(t, open)
}

func TestAStepThatPanicsEndsItsRunNotTheLoop(t *testing.T) {
	var posts []string
	l := (&steps{}).loop()
	l.Post = func(m string) {
		posts = append(posts, m)
		if len(posts) == 1 {
			l.Inbox.Put("after 1") // a later message still runs
		} else {
			l.Inbox.Close()
		}
	}
	l.Inbox.Put("panic 1")
	l.Run()
	require.Len(t, posts, 2)
	r, ok := ParseReply(posts[0])
	require.True(t, ok, posts[0])
	assert.Equal(t, Failed, r.Kind)
	assert.Equal(t, 1, r.Gen, "the failure names its request")
	assert.Equal(t, "boom", r.Err, "on one line")
	assert.Equal(t, "after 1", posts[1])
}

func TestInboxWaitBlocksUntilPutOrClose(t *testing.T) {
	b := NewInbox()
	got := make(chan string)
	go func() {
		for {
			m, ok := b.Wait()
			if !ok {
				close(got)
				return
			}
			got <- m
		}
	}()
	b.Put("one")
	assert.Equal(t, "one", <-got)
	b.Put("two")
	assert.Equal(t, "two", <-got)
	b.Close()
	_, open := <-got
	assert.False(t, open)
}
