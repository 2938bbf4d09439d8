"""Every key of the reader, with the words the footer, the command palette and help show.

A key added here is in the footer (``show=True``), in the palette (by its tooltip, through
``tui.screens.palette``) and must be in ``tui/help.md`` (a test checks it); its action is a method
``action_<name>`` of ``ReaderScreen``. Ids let a user remap a key (``App.set_keymap``).
"""

from __future__ import annotations

from textual.binding import Binding, BindingType

READER_KEYS: list[BindingType] = [
    # help and quit first, so the footer still shows them when 80 columns cut it short
    Binding("question_mark", "app.help", "help", key_display="?",
            tooltip="Keys and marks explained", id="reader.help"),
    Binding("q", "app.quit", "quit", tooltip="Quit claimscope", id="reader.quit"),
    Binding("tab", "switch_pane", "pane", tooltip="Switch to the other pane",
            id="reader.next_pane"),
    Binding("shift+tab", "switch_pane", "pane", show=False,
            tooltip="Switch to the other pane (backwards)", id="reader.previous_pane"),
    Binding("right_square_bracket", "article(1)", "next article", show=False,
            key_display="]", tooltip="Next article in the focused pane",
            id="reader.next_article"),
    Binding("left_square_bracket", "article(-1)", "previous article", show=False,
            key_display="[", tooltip="Previous article in the focused pane",
            id="reader.previous_article"),
    Binding("n", "figure(1)", "figure", tooltip="Next figure in the focused pane",
            id="reader.next_figure"),
    Binding("N", "figure(-1)", "prev figure", show=False,
            tooltip="Previous figure in the focused pane", id="reader.previous_figure"),
    Binding("c", "counterpart", "counterpart",
            tooltip="Open the focused figure's most disagreeing counterpart in the other "
            "pane; again: the next one of its group", id="reader.counterpart"),
    Binding("m", "mention(1)", "mention", show=False,
            tooltip="Next actor mention in the focused pane", id="reader.next_mention"),
    Binding("M", "mention(-1)", "prev mention", show=False,
            tooltip="Previous actor mention in the focused pane",
            id="reader.previous_mention"),
    Binding("a", "actor(1)", "actor", tooltip="Next mention of the actor under focus, in "
            "any article", id="reader.next_actor_mention"),
    Binding("A", "actor(-1)", "prev actor", show=False,
            tooltip="Previous mention of the actor under focus, in any article",
            id="reader.previous_actor_mention"),
    Binding("l", "linked", "linked", show=False,
            tooltip="List the actors linked to the actor under focus",
            id="reader.linked"),
    Binding("i", "actor_screen", "actor info", show=False,
            tooltip="Open the actor screen for the actor under focus",
            id="reader.actor_screen"),
    Binding("slash", "find", "find", key_display="/",
            tooltip="Find text in the focused pane's article", id="reader.find"),
    Binding("ctrl+f", "search", "search", tooltip="Search the corpus: figures, actors, text",
            id="reader.search"),
    Binding("s", "sync", "sync", show=False, tooltip="Toggle synchronised scrolling",
            id="reader.sync"),
    Binding("v", "conflicts", "conflicts", tooltip="Open the conflicts screen",
            id="reader.conflicts"),
    Binding("y", "copy", "copy", show=False,
            tooltip="Copy the focused claim with its source sentence", id="reader.copy"),
    Binding("b", "sidebar", "sidebar", show=False,
            tooltip="Sidebar: show it and go to it; from it, hide it",
            id="reader.sidebar"),
    Binding("ctrl+r", "app.reload", "reload", show=False,
            tooltip="Reload the store from disk (after an ingest)", id="reader.reload"),
    Binding("escape", "back", "back", show=False,
            tooltip="Back: close the search bar, leave the sidebar, clear search hits",
            id="reader.back"),
]
