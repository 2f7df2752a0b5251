#!/usr/bin/env python3
"""Waits until top-level windows whose titles match patterns are mapped on the X display.

    window-wait.py START_MS PATTERN...

Prints, on one line, for each pattern (a Python regular expression) the milliseconds from
START_MS (milliseconds since the epoch) to the moment such a window was first seen mapped, or
"timeout" when none was within two minutes. It keeps one connection to the X server and asks it
for the window tree every 10 ms. Starting a client such as xwininfo for every look would be
simpler, but Xvfb closes a new connection that arrives within a millisecond or so after another
client left (measured: 8-24 % of back-to-back connections, none with 5 ms between them); a
watcher that connects and disconnects 50 times a second then makes the app it watches fail to
open the display now and then, which GTK reports as "cannot open display" before it exits.

Only Python's standard library and the system's libX11 are used.
"""
import ctypes
import re
import sys
import time

X = ctypes.CDLL("libX11.so.6")
Window = ctypes.c_ulong
Atom = ctypes.c_ulong


class WindowAttributes(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
                ("border_width", ctypes.c_int), ("depth", ctypes.c_int), ("visual", ctypes.c_void_p),
                ("root", Window), ("window_class", ctypes.c_int), ("bit_gravity", ctypes.c_int),
                ("win_gravity", ctypes.c_int), ("backing_store", ctypes.c_int),
                ("backing_planes", ctypes.c_ulong), ("backing_pixel", ctypes.c_ulong),
                ("save_under", ctypes.c_int), ("colormap", ctypes.c_ulong), ("map_installed", ctypes.c_int),
                ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
                ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
                ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p)]


IS_VIEWABLE = 2
ANY_PROPERTY_TYPE = 0
WM_NAME = 39

X.XOpenDisplay.restype = ctypes.c_void_p
X.XOpenDisplay.argtypes = [ctypes.c_char_p]
X.XDefaultRootWindow.restype = Window
X.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
X.XInternAtom.restype = Atom
X.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
X.XQueryTree.argtypes = [ctypes.c_void_p, Window, ctypes.POINTER(Window), ctypes.POINTER(Window),
                         ctypes.POINTER(ctypes.POINTER(Window)), ctypes.POINTER(ctypes.c_uint)]
X.XGetWindowAttributes.argtypes = [ctypes.c_void_p, Window, ctypes.POINTER(WindowAttributes)]
X.XGetWindowProperty.argtypes = [ctypes.c_void_p, Window, Atom, ctypes.c_long, ctypes.c_long, ctypes.c_int,
                                 Atom, ctypes.POINTER(Atom), ctypes.POINTER(ctypes.c_int),
                                 ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_ulong),
                                 ctypes.POINTER(ctypes.c_void_p)]
X.XFree.argtypes = [ctypes.c_void_p]

# a window may go away between two requests; Xlib's default handler would end this program then
ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(lambda display, event: 0)
X.XSetErrorHandler(ERROR_HANDLER)


def title(display, window, atom):
    kind, size, count, left = Atom(), ctypes.c_int(), ctypes.c_ulong(), ctypes.c_ulong()
    data = ctypes.c_void_p()
    if X.XGetWindowProperty(display, window, atom, 0, 1024, 0, ANY_PROPERTY_TYPE, ctypes.byref(kind),
                            ctypes.byref(size), ctypes.byref(count), ctypes.byref(left),
                            ctypes.byref(data)) != 0 or not data.value:
        return ""
    try:
        # UTF8_STRING, STRING or COMPOUND_TEXT: the ASCII part of a title reads the same in each
        return ctypes.string_at(data.value, count.value).decode("utf-8", "replace") if size.value == 8 else ""
    finally:
        X.XFree(data)


def mapped_titles(display, root, net_wm_name):
    parent, children, count = Window(), ctypes.POINTER(Window)(), ctypes.c_uint()
    if not X.XQueryTree(display, root, ctypes.byref(Window()), ctypes.byref(parent), ctypes.byref(children),
                        ctypes.byref(count)):
        return []
    try:
        titles = []
        for i in range(count.value):
            attributes = WindowAttributes()
            if X.XGetWindowAttributes(display, children[i], ctypes.byref(attributes)) \
                    and attributes.map_state == IS_VIEWABLE:
                titles.append(title(display, children[i], net_wm_name) or title(display, children[i], WM_NAME))
        return titles
    finally:
        if children:
            X.XFree(children)


def open_display():
    """The connection; retried, since the client before may have left just now (see above)."""
    for _ in range(100):
        display = X.XOpenDisplay(None)
        if display:
            return display
        time.sleep(0.005)
    sys.exit("window-wait.py: cannot open the display")


def main():
    start_ms, patterns = int(sys.argv[1]), [re.compile(p) for p in sys.argv[2:]]
    deadline = time.time() + 120
    display = open_display()
    root = X.XDefaultRootWindow(display)
    net_wm_name = X.XInternAtom(display, b"_NET_WM_NAME", 0)
    seen = [None] * len(patterns)
    while None in seen and time.time() < deadline:
        titles = mapped_titles(display, root, net_wm_name)
        now = int(time.time() * 1000) - start_ms
        for i, pattern in enumerate(patterns):
            if seen[i] is None and any(pattern.search(t) for t in titles):
                seen[i] = now
        time.sleep(0.01)
    print(" ".join("timeout" if t is None else str(t) for t in seen))


if __name__ == "__main__":
    main()
