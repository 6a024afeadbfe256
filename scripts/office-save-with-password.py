#!/usr/bin/python3
"""Save a spreadsheet as an encrypted .xlsx through LibreOffice (UNO), the way a person does
with File > Save As > "Save with password". soffice --convert-to cannot set a password.

Needs Debian's python3-uno (run with /usr/bin/python3) and soffice listening on the
given port:  soffice --headless --accept="socket,host=127.0.0.1,port=PORT;urp;"
Usage: office-save-with-password.py PORT INPUT OUTPUT.xlsx PASSWORD
"""
import sys
import time
import uno
from com.sun.star.beans import NamedValue, PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def named(name, value):
    v = NamedValue()
    v.Name, v.Value = name, value
    return v


def connect(port):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(60):
        try:
            return resolver.resolve(f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext")
        except Exception:
            time.sleep(0.5)
    raise SystemExit("soffice did not answer on port " + str(port))


def main():
    port, src, dst, password = sys.argv[1:5]
    ctx = connect(port)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, (prop("Hidden", True),))
    # The OOXML export encrypts when the media descriptor carries EncryptionData with an
    # "OOXPassword" and the engine to use ("CryptoType", ECMA-376 agile encryption in a CFB
    # container); a plain "Password" is ignored for .xlsx.
    encryption = uno.Any(
        "[]com.sun.star.beans.NamedValue",
        (named("CryptoType", "StrongEncryptionDataSpace"), named("OOXPassword", password)),
    )
    # uno.invoke keeps the Any's sequence type; a plain call would send a tuple of structs.
    uno.invoke(
        doc,
        "storeToURL",
        (
            uno.systemPathToFileUrl(dst),
            (prop("FilterName", "Calc MS Excel 2007 XML"), prop("EncryptionData", encryption)),
        ),
    )
    doc.close(True)
    try:
        desktop.terminate()
    except Exception:
        pass  # the bridge drops as soffice quits


if __name__ == "__main__":
    main()
