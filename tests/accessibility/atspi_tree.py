#!/usr/bin/env python3
"""Walks the running wizard through the real AT-SPI tree, the way Orca sees it.

Finds the application on the accessibility bus, walks the welcome page, the Connect page
(presses the check through the Action interface and waits for its result) and steps 1 to 6 as
far as Next is enabled. On each page it counts the showing interactive accessibles and lists
those without a name (and tables without column headers). It also requires that the check's
result is announced: object:state-changed:showing from a showing notification with a name,
the event Orca 43 speaks (see ui/StatusAnnouncer.h).

Usage: atspi_tree.py <application name>. Exit 0: all named and announced; 1: a problem.
"""

import sys

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

import pyatspi  # noqa: E402

POLLS = 300  # of POLL_SECONDS each: 30 s per wait
POLL_SECONDS = 0.1

INTERACTIVE_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TABLE, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_LINK,
    pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER, pyatspi.ROLE_MENU_ITEM,
}
# What StatusAnnouncer sends, and what Qt's own widgets send besides.
EVENT_TYPES = [
    "object:state-changed:showing",
    "object:property-change:accessible-name",
    "object:property-change:accessible-description",
    "object:text-changed",
]


class Failure(Exception):
    pass


events = []


def on_event(event):
    try:
        role, role_name = event.source.getRole(), event.source.getRoleName()
        name = event.source.name or ""
    except Exception:  # the source went away before we looked
        role, role_name, name = None, "?", ""
    events.append((event.type, event.detail1, role, name, event.source, role_name))


def pump():
    context = GLib.MainContext.default()
    while context.pending():
        context.iteration(False)


def wait_for(condition, what):
    """Polls `condition` up to POLLS times, dispatching AT-SPI events in between."""
    for _ in range(POLLS):
        pump()
        try:
            result = condition()
        except GLib.Error:
            result = None  # an object that changed under us: ask again
        if result:
            return result
        GLib.usleep(int(POLL_SECONDS * 1_000_000))
    raise Failure(f"gave up after {POLLS} polls of {POLL_SECONDS} s waiting for {what}")


def children(acc):
    try:
        return [acc.getChildAtIndex(i) for i in range(acc.childCount)]
    except GLib.Error:
        return []


def showing(acc):
    try:
        return acc.getState().contains(pyatspi.STATE_SHOWING)
    except GLib.Error:
        return False


def describe(acc):
    return f"{acc.getRoleName()} {acc.name!r}"


def walk(acc, path=""):
    """Yields (accessible, path) for every showing accessible under `acc`, tables not entered."""
    for index, child in enumerate(children(acc)):
        if child is None or not showing(child):
            continue
        child_path = f"{path}/{child.getRoleName()}[{index}]"
        yield child, child_path
        if child.getRole() != pyatspi.ROLE_TABLE:
            yield from walk(child, child_path)


def find(root, role, name=None):
    for acc, _ in walk(root):
        if acc.getRole() == role and (name is None or acc.name == name):
            return acc
    return None


def enabled(acc):
    state = acc.getState()
    return state.contains(pyatspi.STATE_SENSITIVE) and state.contains(pyatspi.STATE_ENABLED)


def press(acc):
    action = acc.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    index = next((i for i, n in enumerate(names) if n.lower() in ("press", "click", "activate")), 0)
    if not action.doAction(index):
        raise Failure(f"the Action interface refused to press {describe(acc)} (actions: {names})")


def table_without_headers(table):
    try:
        iface = table.queryTable()
    except NotImplementedError:
        return "no Table interface"
    missing = []
    for column in range(iface.nColumns):
        header = iface.getColumnHeader(column)
        text = (header.name if header else "") or iface.getColumnDescription(column)
        if not text:
            missing.append(column)
    if missing:
        return f"columns without a header: {missing} of {iface.nColumns}"
    return None


class Audit:
    def __init__(self, window):
        self.window = window
        self.rows = []
        self.problems = []

    def look(self, page):
        pump()
        interactive = 0
        unnamed = 0
        for acc, path in walk(self.window):
            if acc.getRole() not in INTERACTIVE_ROLES:
                continue
            interactive += 1
            if not (acc.name or "").strip():
                unnamed += 1
                self.problems.append(f"{page}: unnamed {acc.getRoleName()} at {path}")
            if acc.getRole() == pyatspi.ROLE_TABLE:
                headers = table_without_headers(acc)
                if headers:
                    self.problems.append(f"{page}: table {acc.name!r} at {path}: {headers}")
        self.rows.append((page, interactive, unnamed))

    def print_table(self):
        width = max(len("page"), *(len(page) for page, _, _ in self.rows))
        print(f"{'page':<{width}} | interactive | unnamed")
        print(f"{'-' * width}-+-------------+--------")
        for page, interactive, unnamed in self.rows:
            print(f"{page:<{width}} | {interactive:>11} | {unnamed:>7}")


def find_application(name):
    seen = set()

    def application():
        desktop = pyatspi.Registry.getDesktop(0)
        for app in children(desktop):
            if app is None:
                continue
            seen.add(f"{app.name!r} ({app.childCount} windows)")
            if app.name == name and app.childCount > 0:
                return app
        return None

    try:
        return wait_for(application, f"the application {name!r} on the accessibility bus")
    except Failure as failure:
        raise Failure(f"{failure}; applications seen: {sorted(seen) or 'none'}") from None


def current_step(window):
    """The step list's row that says "you are here", as the reader hears it."""
    for acc, _ in walk(window):
        if acc.getRole() == pyatspi.ROLE_FRAME and (acc.name or "").endswith("you are here"):
            return acc.name
    return None


def shown_signature(window):
    return tuple((acc.getRole(), acc.name) for acc, _ in walk(window))


def visit_tabs(audit, page):
    """Looks at each tab of the page's tab list in turn (the first is open when a page comes)."""
    tab_list = find(audit.window, pyatspi.ROLE_PAGE_TAB_LIST)
    if tab_list is None:
        audit.look(page)
        return
    tabs = [t for t in children(tab_list) if t is not None and t.getRole() == pyatspi.ROLE_PAGE_TAB]
    for number, tab in enumerate(tabs, start=1):
        if number > 1:
            before = shown_signature(audit.window)
            press(tab)
            # Qt 6.4 does not mark the current tab "selected": wait for its page to show instead.
            wait_for(lambda: shown_signature(audit.window) != before, f"tab {tab.name!r} to open")
        audit.look(f"{page}, tab {number}")


def next_button(window):
    return find(window, pyatspi.ROLE_PUSH_BUTTON, "Next >")


def go_next(window, leaving):
    button = wait_for(lambda: next_button(window), "the Next button")
    press(button)
    wait_for(lambda: current_step(window) not in (None, leaving), f"the page after {leaving!r}")


def announcement():
    """The text of a notification that announced itself the way StatusAnnouncer does: its name
    changed, then it said it is showing (what Orca 43 speaks), and it is still showing."""
    renamed = set()
    for kind, detail1, role, name, source, _ in events:
        if role != pyatspi.ROLE_NOTIFICATION or not name.strip():
            continue
        if kind == "object:property-change:accessible-name":
            renamed.add(name)
        elif kind == "object:state-changed:showing" and detail1 == 1 and name in renamed and showing(source):
            return name
    return None


def run(app_name):
    for event_type in EVENT_TYPES:
        pyatspi.Registry.registerEventListener(on_event, event_type)
    app = find_application(app_name)
    try:
        app.set_cache_mask(Atspi.Cache.NONE)  # states and names change under us: ask each time
    except AttributeError:
        pass
    window = wait_for(lambda: next((w for w in children(app) if w is not None and showing(w)), None),
                      "the wizard's window")
    audit = Audit(window)

    wait_for(lambda: next_button(window), "the welcome page")
    audit.look("welcome")
    go_next(window, current_step(window))
    audit.look("connect")

    check = wait_for(lambda: find(window, pyatspi.ROLE_PUSH_BUTTON, "Check key"), "the Check key button")
    wait_for(lambda: enabled(check), "Check key to be enabled")
    events.clear()
    press(check)
    wait_for(lambda: enabled(next_button(window)), "Next after the check (the practice account's result)")
    try:
        announced = wait_for(announcement,
                             "an announcement of the check's result (a showing notification whose "
                             "accessible-name changed, then object:state-changed:showing)")
        print(f"announced: {announced!r}")
    except Failure as failure:
        audit.problems.append(f"connect: the check's result was not announced: {failure}")
    print("announcements after pressing the check:")
    for kind, detail1, role, name, _, role_name in events:
        if role == pyatspi.ROLE_NOTIFICATION and name:
            print(f"  {kind} {detail1} {role_name} {name!r}")
    audit.look("connect, checked")

    for step in range(1, 7):
        go_next(window, current_step(window))
        where = current_step(window)
        print(f"step {step}: {where}")
        visit_tabs(audit, f"step {step}")
        if step == 6:
            break
        button = next_button(window)
        if button is None or not enabled(button):
            print(f"Next is not enabled on step {step}: the walk ends there")
            break

    audit.print_table()
    if audit.problems:
        print("What a screen reader would miss:")
        for problem in audit.problems:
            print(f"  {problem}")
        return 1
    return 0


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    try:
        return run(sys.argv[1])
    except Failure as failure:
        print(f"FAIL: {failure}")
        return 1


if __name__ == "__main__":
    sys.exit(main())
