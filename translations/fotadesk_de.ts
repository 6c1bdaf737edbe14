<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ApplicabilityModel</name>
    <message>
        <source>Choose a package</source>
        <translation>Paket wählen</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Passt</translation>
    </message>
    <message>
        <source>Check failed (can be overridden)</source>
        <translation>Prüfung negativ (übergehbar)</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Passt nicht</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Firmware now</source>
        <translation>Firmware jetzt</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>No file: %1 holds the package, the module checks what it installs</source>
        <translation>Keine Datei: %1 stellt das Paket bereit, das Modul prüft, was es installiert</translation>
    </message>
    <message>
        <source>Base version not checked (“%1” is a file name label): the module checks the package itself</source>
        <translation>Basisversion nicht geprüft („%1“ ist eine Bezeichnung im Dateinamen): das Modul prüft das Paket selbst</translation>
    </message>
    <message>
        <source>Base version not checked: the module checks the package itself</source>
        <translation>Basisversion nicht geprüft: das Modul prüft das Paket selbst</translation>
    </message>
    <message>
        <source>The SIM needs its PIN: enter it above</source>
        <translation>Die SIM benötigt ihre PIN: bitte oben eingeben</translation>
    </message>
    <message>
        <source>No file needed</source>
        <translation>Keine Datei nötig</translation>
    </message>
</context>
<context>
    <name>AtChannel</name>
    <message>
        <source>port error: %1</source>
        <translation>Portfehler: %1</translation>
    </message>
    <message>
        <source>refused %1: %2</source>
        <translation>%1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>write failed: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>raw mode</source>
        <translation>Rohdatenmodus</translation>
    </message>
    <message>
        <source>line mode</source>
        <translation>Zeilenmodus</translation>
    </message>
    <message>
        <source>over-long line dropped, starting %1</source>
        <translation>überlange Zeile verworfen, beginnend mit %1</translation>
    </message>
    <message>
        <source>garbage dropped, %1</source>
        <translation>unlesbare Daten verworfen, %1</translation>
    </message>
    <message>
        <source>%1 (late, no command waiting)</source>
        <translation>%1 (verspätet, kein Befehl wartet)</translation>
    </message>
    <message>
        <source>&apos;&gt;&apos; prompt with no data to send</source>
        <translation>&apos;&gt;&apos;-Aufforderung, aber keine Daten zu senden</translation>
    </message>
    <message>
        <source>no final result for %1 within %2 ms</source>
        <translation>kein Endergebnis für %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>port lost</source>
        <translation>Port verloren</translation>
    </message>
    <message>
        <source>resynchronising the line after a timeout (attempt %1 of %2)</source>
        <translation>Leitung wird nach einer Zeitüberschreitung neu synchronisiert (Versuch %1 von %2)</translation>
    </message>
    <message>
        <source>no answer to the resynchronisation %1 within %2 ms</source>
        <translation>keine Antwort auf die Neusynchronisierung %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>not sent: after a timeout the module did not answer %1 attempts to resynchronise the line</source>
        <translation>nicht gesendet: nach einer Zeitüberschreitung hat das Modul auf %1 Versuche, die Leitung neu zu synchronisieren, nicht geantwortet</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting command(s) failed: %1</source>
        <translation>
            <numerusform>%n wartender Befehl fehlgeschlagen: %1</numerusform>
            <numerusform>%n wartende Befehle fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>late answer discarded: %1</source>
        <translation>verspätete Antwort verworfen: %1</translation>
    </message>
    <message>
        <source>the line is in step again</source>
        <translation>die Leitung ist wieder synchron</translation>
    </message>
</context>
<context>
    <name>AtConsoleCommand</name>
    <message>
        <source>Port name or device path.</source>
        <translation>Portname oder Gerätepfad.</translation>
    </message>
    <message>
        <source>AT commands, sent in order.</source>
        <translation>AT-Befehle, der Reihe nach gesendet.</translation>
    </message>
    <message>
        <source>Seconds to wait for each command&apos;s final result (default 10).</source>
        <translation>Sekunden, die auf das Endergebnis jedes Befehls gewartet wird (Standard 10).</translation>
    </message>
    <message>
        <source>Use this rate instead of searching for it.</source>
        <translation>Diese Rate verwenden, statt sie zu suchen.</translation>
    </message>
    <message>
        <source>at needs a port and at least one command, e.g. fotadesk-cli at ttyUSB2 AT+CGMR</source>
        <translation>at braucht einen Port und mindestens einen Befehl, z. B. fotadesk-cli at ttyUSB2 AT+CGMR</translation>
    </message>
    <message>
        <source>--timeout wants seconds, such as 30; got &quot;%1&quot;</source>
        <translation>--timeout erwartet Sekunden, etwa 30; erhalten: „%1“</translation>
    </message>
    <message>
        <source>cannot open %1: %2. Close any program using it (a terminal, ModemManager) and check that you may use serial ports (group dialout).</source>
        <translation>%1 lässt sich nicht öffnen: %2. Jedes Programm schließen, das den Port benutzt (ein Terminal, ModemManager), und prüfen, ob Sie serielle Ports benutzen dürfen (Gruppe dialout).</translation>
    </message>
    <message>
        <source>%1 went away</source>
        <translation>%1 ist verschwunden</translation>
    </message>
    <message>
        <source>%1: %2. Check that the module is powered and that this is its AT port, or give its rate with --baud N.</source>
        <translation>%1: %2. Prüfen, ob das Modul eingeschaltet ist und dies sein AT-Port ist, oder seine Rate mit --baud N angeben.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2. Give the module&apos;s rate with --baud N.</source>
        <translation>%1: %2. Die Rate des Moduls mit --baud N angeben.</translation>
    </message>
</context>
<context>
    <name>AtResult</name>
    <message>
        <source>the module did not answer %1 in time</source>
        <translation>das Modul hat auf %1 nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>the port was lost before %1 completed</source>
        <translation>der Port ging verloren, bevor %1 fertig war</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 wurde abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>BundleCommand</name>
    <message>
        <source>The module&apos;s IMEI (or serial number), or the port it is or was on.</source>
        <translation>Die IMEI (oder Seriennummer) des Moduls oder der Port, an dem es hängt oder hing.</translation>
    </message>
    <message>
        <source>The zip to write (default: fotadesk-bundle-&lt;module&gt;-&lt;time&gt;.zip here).</source>
        <translation>Die zu schreibende ZIP-Datei (Standard: fotadesk-bundle-&lt;module&gt;-&lt;time&gt;.zip im aktuellen Ordner).</translation>
    </message>
    <message>
        <source>How many of the module&apos;s last jobs (default 20).</source>
        <translation>Wie viele der letzten Aufträge des Moduls (Standard 20).</translation>
    </message>
    <message>
        <source>The history database (default: in the user&apos;s data folder).</source>
        <translation>Die Verlaufsdatenbank (Standard: im Datenordner des Benutzers).</translation>
    </message>
    <message>
        <source>bundle wants one module or port; run &apos;fotadesk-cli bundle --help&apos;</source>
        <translation>bundle erwartet ein Modul oder einen Port; &apos;fotadesk-cli bundle --help&apos; ausführen</translation>
    </message>
    <message>
        <source>--limit wants a positive number; got &quot;%1&quot;</source>
        <translation>--limit erwartet eine positive Zahl; erhalten: „%1“</translation>
    </message>
    <message>
        <source>the history database %1 cannot be opened: %2</source>
        <translation>die Verlaufsdatenbank %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s) about %2, secrets masked</source>
        <translation>
            <numerusform>%1: %n Datei über %2, Geheimnisse maskiert</numerusform>
            <numerusform>%1: %n Dateien über %2, Geheimnisse maskiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CinterionDriver</name>
    <message>
        <source>the module downloads the package over HTTP(S): give the file with --package (FotaDesk serves it), or its URL with --url and its SHA-256 with --sha256</source>
        <translation>das Modul lädt das Paket über HTTP(S): die Datei mit --package angeben (FotaDesk stellt sie bereit) oder ihre URL mit --url und ihren SHA-256 mit --sha256</translation>
    </message>
    <message>
        <source>the module checks the download against its SHA-256: give it with --sha256</source>
        <translation>das Modul prüft den Download anhand seines SHA-256: diesen mit --sha256 angeben</translation>
    </message>
    <message>
        <source>LwM2M needs the server&apos;s URI: give it with --url (e.g. coap://lwm2m.example.net:5683)</source>
        <translation>LwM2M benötigt die URI des Servers: diese mit --url angeben (z. B. coap://lwm2m.example.net:5683)</translation>
    </message>
    <message>
        <source>%1 is reserved for the running Cinterion update (it would abort, restart or redirect its download or install)</source>
        <translation>%1 ist für das laufende Cinterion-Update reserviert (es würde dessen Download oder Installation abbrechen, neu starten oder umleiten)</translation>
    </message>
</context>
<context>
    <name>CinterionLwm2mFlow</name>
    <message>
        <source>No module session to update</source>
        <translation>Keine Modulsitzung zum Aktualisieren</translation>
    </message>
    <message>
        <source>Correct the LwM2M profile and start again.</source>
        <translation>Das LwM2M-Profil korrigieren und neu starten.</translation>
    </message>
    <message>
        <source>The SIM did not accept its PIN after the reboot</source>
        <translation>Die SIM hat ihre PIN nach dem Neustart nicht angenommen</translation>
    </message>
    <message>
        <source>Enter the right PIN (the SIM locks after three wrong ones), then read the firmware version with ATI1.</source>
        <translation>Die richtige PIN eingeben (die SIM sperrt nach drei falschen), dann die Firmware-Version mit ATI1 lesen.</translation>
    </message>
    <message>
        <source>Writing the LwM2M profile %1</source>
        <translation>Schreibe das LwM2M-Profil %1</translation>
    </message>
    <message>
        <source>Starting the LwM2M client</source>
        <translation>Starte den LwM2M-Client</translation>
    </message>
    <message>
        <source>LwM2M client started; waiting for the server to update the firmware</source>
        <translation>LwM2M-Client gestartet; warte darauf, dass der Server die Firmware aktualisiert</translation>
    </message>
    <message>
        <source>The port went away during %1</source>
        <translation>Der Port verschwand während %1</translation>
    </message>
    <message>
        <source>Reconnect the module and start again.</source>
        <translation>Das Modul wieder anschließen und neu starten.</translation>
    </message>
    <message>
        <source>The module did not answer %1</source>
        <translation>Das Modul hat auf %1 nicht geantwortet</translation>
    </message>
    <message>
        <source>Check the cable and the serial rate, then start again.</source>
        <translation>Kabel und serielle Rate prüfen, dann neu starten.</translation>
    </message>
    <message>
        <source>The module refused %1 (%2)</source>
        <translation>Das Modul hat %1 abgelehnt (%2)</translation>
    </message>
    <message>
        <source>Check that the firmware supports AT^SNLWM2M and the profile&apos;s values.</source>
        <translation>Prüfen, ob die Firmware AT^SNLWM2M unterstützt, und die Werte des Profils prüfen.</translation>
    </message>
    <message>
        <source>The firmware update failed: %1</source>
        <translation>Das Firmware-Update ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Firmware object: %1</source>
        <translation>Firmware-Objekt: %1</translation>
    </message>
    <message>
        <source>The module installs the new firmware and restarts. Never power it off.</source>
        <translation>Das Modul installiert die neue Firmware und startet neu. Niemals ausschalten.</translation>
    </message>
    <message>
        <source>The module restarts into the new firmware; waiting for it to come back</source>
        <translation>Das Modul startet mit der neuen Firmware neu; warte auf seine Rückkehr</translation>
    </message>
    <message>
        <source>The port went away before the update started</source>
        <translation>Der Port verschwand, bevor das Update begann</translation>
    </message>
    <message>
        <source>Reconnect the module and start again; its firmware is unchanged.</source>
        <translation>Das Modul wieder anschließen und neu starten; seine Firmware ist unverändert.</translation>
    </message>
    <message>
        <source>Found again on %1</source>
        <translation>Auf %1 wiedergefunden</translation>
    </message>
    <message>
        <source>Reading the firmware revision</source>
        <translation>Lese die Firmware-Revision</translation>
    </message>
    <message>
        <source>The module&apos;s firmware revision could not be read</source>
        <translation>Die Firmware-Revision des Moduls ließ sich nicht lesen</translation>
    </message>
    <message>
        <source>Read it with ATI1 before trusting the update.</source>
        <translation>Mit ATI1 lesen, bevor man dem Update vertraut.</translation>
    </message>
    <message>
        <source>The module runs %1, expected %2</source>
        <translation>Das Modul läuft mit %1, erwartet war %2</translation>
    </message>
    <message>
        <source>The LwM2M server may have sent another package; check its campaign.</source>
        <translation>Der LwM2M-Server hat womöglich ein anderes Paket geschickt; seine Kampagne prüfen.</translation>
    </message>
    <message>
        <source>The module still runs %1</source>
        <translation>Das Modul läuft noch mit %1</translation>
    </message>
    <message>
        <source>Object 5 reports success but the revision is unchanged; read ATI1 again after the next restart.</source>
        <translation>Objekt 5 meldet Erfolg, aber die Revision ist unverändert; ATI1 nach dem nächsten Neustart erneut lesen.</translation>
    </message>
    <message>
        <source>The LwM2M server started no firmware update in time</source>
        <translation>Der LwM2M-Server hat rechtzeitig kein Firmware-Update gestartet</translation>
    </message>
    <message>
        <source>Check the profile (server URI, security) and the campaign on the LwM2M server.</source>
        <translation>Profil (Server-URI, Sicherheit) und die Kampagne auf dem LwM2M-Server prüfen.</translation>
    </message>
    <message>
        <source>The module reported no update result after the reboot</source>
        <translation>Das Modul hat nach dem Neustart kein Update-Ergebnis gemeldet</translation>
    </message>
    <message>
        <source>Read object 5 (/5/0/5) and the firmware revision (ATI1) before trusting the update.</source>
        <translation>Objekt 5 (/5/0/5) und die Firmware-Revision (ATI1) lesen, bevor man dem Update vertraut.</translation>
    </message>
</context>
<context>
    <name>CinterionOtaFlow</name>
    <message>
        <source>Download stopped; starting the update again resumes it</source>
        <translation>Download angehalten; ein erneuter Start des Updates setzt ihn fort</translation>
    </message>
    <message>
        <source>The package could not be hashed: %1</source>
        <translation>Für das Paket ließ sich kein Hash berechnen: %1</translation>
    </message>
    <message>
        <source>Check that the package file exists and is readable.</source>
        <translation>Prüfen, ob die Paketdatei existiert und lesbar ist.</translation>
    </message>
    <message>
        <source>No module session to update</source>
        <translation>Keine Modulsitzung zum Aktualisieren</translation>
    </message>
    <message>
        <source>No valid http(s) URL for the module to download from</source>
        <translation>Keine gültige http(s)-URL, von der das Modul laden kann</translation>
    </message>
    <message>
        <source>Give the package&apos;s URL, or let FotaDesk serve the package itself.</source>
        <translation>Die URL des Pakets angeben oder FotaDesk das Paket selbst bereitstellen lassen.</translation>
    </message>
    <message>
        <source>The SIM did not accept its PIN after the reboot</source>
        <translation>Die SIM hat ihre PIN nach dem Neustart nicht angenommen</translation>
    </message>
    <message>
        <source>Enter the right PIN (the SIM locks after three wrong ones), then read the firmware version with ATI1.</source>
        <translation>Die richtige PIN eingeben (die SIM sperrt nach drei falschen), dann die Firmware-Version mit ATI1 lesen.</translation>
    </message>
    <message>
        <source>https: the module needs the server&apos;s CA certificate (AT^SBNW=is_cert,&lt;n&gt;)</source>
        <translation>https: das Modul braucht das CA-Zertifikat des Servers (AT^SBNW=is_cert,&lt;n&gt;)</translation>
    </message>
    <message>
        <source>Preparing the over-the-air update</source>
        <translation>Bereite das Over-the-air-Update vor</translation>
    </message>
    <message>
        <source>The package&apos;s SHA-256 is not 64 hex digits</source>
        <translation>Der SHA-256 des Pakets hat nicht 64 Hex-Ziffern</translation>
    </message>
    <message>
        <source>Check the package catalog entry.</source>
        <translation>Den Eintrag im Paketkatalog prüfen.</translation>
    </message>
    <message>
        <source>The package&apos;s SHA-256 is not known</source>
        <translation>Der SHA-256 des Pakets ist unbekannt</translation>
    </message>
    <message>
        <source>Give the package file or its SHA-256: the module checks the download against it.</source>
        <translation>Die Paketdatei oder ihren SHA-256 angeben: das Modul prüft den Download dagegen.</translation>
    </message>
    <message>
        <source>Computing the package&apos;s SHA-256</source>
        <translation>Berechne den SHA-256 des Pakets</translation>
    </message>
    <message>
        <source>The port went away during %1</source>
        <translation>Der Port verschwand während %1</translation>
    </message>
    <message>
        <source>Reconnect the module and start again; its firmware is unchanged.</source>
        <translation>Das Modul wieder anschließen und neu starten; seine Firmware ist unverändert.</translation>
    </message>
    <message>
        <source>The module did not answer %1</source>
        <translation>Das Modul hat auf %1 nicht geantwortet</translation>
    </message>
    <message>
        <source>Check the cable and the serial rate, then start again.</source>
        <translation>Kabel und serielle Rate prüfen, dann neu starten.</translation>
    </message>
    <message>
        <source>The module refused %1 (%2)</source>
        <translation>Das Modul hat %1 abgelehnt (%2)</translation>
    </message>
    <message>
        <source>Check that the firmware supports AT^SNFOTA and the values given (APN, URL).</source>
        <translation>Prüfen, ob die Firmware AT^SNFOTA unterstützt, und die angegebenen Werte (APN, URL) prüfen.</translation>
    </message>
    <message>
        <source>Setting up the PDP context</source>
        <translation>Richte den PDP-Kontext ein</translation>
    </message>
    <message>
        <source>registered with %1</source>
        <translation>bei %1 eingebucht</translation>
    </message>
    <message>
        <source>The module is deregistered from the network (AT+COPS=2)</source>
        <translation>Das Modul ist vom Netz abgemeldet (AT+COPS=2)</translation>
    </message>
    <message>
        <source>Register it again with AT+COPS=0, then start the update.</source>
        <translation>Mit AT+COPS=0 wieder einbuchen, dann das Update starten.</translation>
    </message>
    <message>
        <source>The module is not registered with a network</source>
        <translation>Das Modul ist in keinem Netz eingebucht</translation>
    </message>
    <message>
        <source>Check the SIM, the antenna and the coverage, then start again.</source>
        <translation>SIM, Antenne und Netzabdeckung prüfen, dann neu starten.</translation>
    </message>
    <message>
        <source>Waiting for the module to register with the network</source>
        <translation>Warte, bis sich das Modul im Netz einbucht</translation>
    </message>
    <message>
        <source>Writing the FOTA settings</source>
        <translation>Schreibe die FOTA-Einstellungen</translation>
    </message>
    <message>
        <source>The module did not keep the FOTA settings: %1</source>
        <translation>Das Modul hat die FOTA-Einstellungen nicht übernommen: %1</translation>
    </message>
    <message>
        <source>Check the URL (length, characters) and the connection id, then start again.</source>
        <translation>URL (Länge, Zeichen) und Verbindungs-ID prüfen, dann neu starten.</translation>
    </message>
    <message>
        <source>a partial download (%1 %) is on the module; it resumes</source>
        <translation>ein Teil-Download (%1 %) liegt auf dem Modul; er wird fortgesetzt</translation>
    </message>
    <message>
        <source>The module downloads the package</source>
        <translation>Das Modul lädt das Paket herunter</translation>
    </message>
    <message>
        <source>The download was stopped on the module (user break)</source>
        <translation>Der Download wurde am Modul angehalten (Benutzerabbruch)</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>Der Download ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Download complete; the module checked its SHA-256</source>
        <translation>Download fertig; das Modul hat seinen SHA-256 geprüft</translation>
    </message>
    <message>
        <source>Installing: the module flashes the new firmware and restarts. Never power it off.</source>
        <translation>Installation: das Modul schreibt die neue Firmware und startet neu. Niemals ausschalten.</translation>
    </message>
    <message>
        <source>The module refused to start the install (%1)</source>
        <translation>Das Modul hat den Start der Installation abgelehnt (%1)</translation>
    </message>
    <message>
        <source>Download the package again, then start the install.</source>
        <translation>Das Paket erneut herunterladen, dann die Installation starten.</translation>
    </message>
    <message>
        <source>The install restarts after an interruption. Never power the module off.</source>
        <translation>Die Installation läuft nach einer Unterbrechung neu an. Das Modul niemals ausschalten.</translation>
    </message>
    <message>
        <source>Install started</source>
        <translation>Installation gestartet</translation>
    </message>
    <message>
        <source>Package checksum OK</source>
        <translation>Prüfsumme des Pakets in Ordnung</translation>
    </message>
    <message>
        <source>The module rejected the package&apos;s checksum</source>
        <translation>Das Modul hat die Prüfsumme des Pakets abgelehnt</translation>
    </message>
    <message>
        <source>Download the package again, then install it.</source>
        <translation>Das Paket erneut herunterladen, dann installieren.</translation>
    </message>
    <message>
        <source>Flashing</source>
        <translation>Schreibe in den Flash</translation>
    </message>
    <message>
        <source>Phase 1 of the install done</source>
        <translation>Phase 1 der Installation abgeschlossen</translation>
    </message>
    <message>
        <source>The module could not install the package</source>
        <translation>Das Modul konnte das Paket nicht installieren</translation>
    </message>
    <message>
        <source>The module keeps its current firmware; the package is probably a delta for another base version. Check the package against the module&apos;s revision (ATI1).</source>
        <translation>Das Modul behält seine aktuelle Firmware; das Paket ist wohl ein Delta für eine andere Basisversion. Das Paket mit der Revision des Moduls (ATI1) vergleichen.</translation>
    </message>
    <message>
        <source>Phase 2 of the install runs; the module restarts when it is done</source>
        <translation>Phase 2 der Installation läuft; das Modul startet danach neu</translation>
    </message>
    <message>
        <source>The module started</source>
        <translation>Das Modul ist gestartet</translation>
    </message>
    <message>
        <source>The module loaded its provider profile</source>
        <translation>Das Modul hat sein Provider-Profil geladen</translation>
    </message>
    <message>
        <source>The port went away before the download started</source>
        <translation>Der Port verschwand, bevor der Download begann</translation>
    </message>
    <message>
        <source>The port went away while the download was being stopped</source>
        <translation>Der Port verschwand, während der Download angehalten wurde</translation>
    </message>
    <message>
        <source>The port went away during the download; waiting for the module to resume it</source>
        <translation>Der Port verschwand während des Downloads; warte, bis das Modul ihn fortsetzt</translation>
    </message>
    <message>
        <source>The module restarts to finish the install; waiting for it to come back</source>
        <translation>Das Modul startet neu, um die Installation abzuschließen; warte auf seine Rückkehr</translation>
    </message>
    <message>
        <source>Found again on %1</source>
        <translation>Auf %1 wiedergefunden</translation>
    </message>
    <message>
        <source>Reading the firmware revision</source>
        <translation>Lese die Firmware-Revision</translation>
    </message>
    <message>
        <source>The module&apos;s firmware revision could not be read</source>
        <translation>Die Firmware-Revision des Moduls ließ sich nicht lesen</translation>
    </message>
    <message>
        <source>Read it with ATI1 before trusting the update.</source>
        <translation>Mit ATI1 lesen, bevor man dem Update vertraut.</translation>
    </message>
    <message>
        <source>The module runs %1, expected %2</source>
        <translation>Das Modul läuft mit %1, erwartet war %2</translation>
    </message>
    <message>
        <source>The package may not apply to this module&apos;s base firmware; check the package and the module&apos;s revision before another attempt.</source>
        <translation>Das Paket passt womöglich nicht zur Basis-Firmware des Moduls; vor einem weiteren Versuch Paket und Revision des Moduls prüfen.</translation>
    </message>
    <message>
        <source>The module still runs %1</source>
        <translation>Das Modul läuft noch mit %1</translation>
    </message>
    <message>
        <source>The install did not take; check the package and the module&apos;s log.</source>
        <translation>Die Installation hat nicht gegriffen; Paket und Log des Moduls prüfen.</translation>
    </message>
    <message>
        <source>Cancelled; the module keeps its current firmware</source>
        <translation>Abgebrochen; das Modul behält seine aktuelle Firmware</translation>
    </message>
    <message>
        <source>Stopping the download</source>
        <translation>Halte den Download an</translation>
    </message>
    <message>
        <source>stopping the download: %1</source>
        <translation>Download anhalten: %1</translation>
    </message>
    <message>
        <source>The download did not finish within %1 s</source>
        <translation>Der Download wurde nicht innerhalb von %1 s fertig</translation>
    </message>
    <message>
        <source>Check the coverage and the server; starting the update again resumes the download.</source>
        <translation>Netzabdeckung und Server prüfen; ein erneuter Start des Updates setzt den Download fort.</translation>
    </message>
</context>
<context>
    <name>ConsoleDeck</name>
    <message>
        <source>Select a module to talk to it.</source>
        <translation>Modul auswählen, um mit ihm zu sprechen.</translation>
    </message>
</context>
<context>
    <name>ConsoleWidget</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Replies to the commands you send appear here. The module&apos;s full traffic is in the Log tab.</source>
        <translation>Hier erscheinen die Antworten auf Ihre Befehle. Den gesamten Verkehr des Moduls zeigt der Reiter Log.</translation>
    </message>
    <message>
        <source>AT command, e.g. AT+CGMR (Up/Down: history)</source>
        <translation>AT-Befehl, z. B. AT+CGMR (Auf/Ab: Verlauf)</translation>
    </message>
    <message>
        <source>AT command</source>
        <translation>AT-Befehl</translation>
    </message>
    <message>
        <source>%1 was not sent: %2</source>
        <translation>%1 wurde nicht gesendet: %2</translation>
    </message>
    <message>
        <source>Refused while an update runs. %1</source>
        <translation>Abgelehnt, solange ein Update läuft. %1</translation>
    </message>
    <message>
        <source>Waiting for the reply to %1</source>
        <translation>Warte auf die Antwort auf %1</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Simulated modules (at least one per family).</source>
        <translation>Simulierte Module (mindestens eins je Familie).</translation>
    </message>
    <message>
        <source>Let the simulated modules send at full speed instead of the serial line&apos;s rate.</source>
        <translation>Die simulierten Module mit voller Geschwindigkeit statt mit der Rate der seriellen Leitung senden lassen.</translation>
    </message>
    <message>
        <source>--modules takes a number from 1 to 64</source>
        <translation>--modules erwartet eine Zahl von 1 bis 64</translation>
    </message>
    <message>
        <source>the simulated fleet cannot start: %1</source>
        <translation>die simulierte Flotte kann nicht starten: %1</translation>
    </message>
    <message>
        <source>the simulated fleet failed: %1</source>
        <translation>die simulierte Flotte ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Starting %n simulated module(s) in %1</source>
        <translation>
            <numerusform>Starte %n simuliertes Modul in %1</numerusform>
            <numerusform>Starte %n simulierte Module in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the demo did not finish within 15 minutes</source>
        <translation>die Demo wurde nicht innerhalb von 15 Minuten fertig</translation>
    </message>
    <message>
        <source>found %1 (%2, firmware %3) on %4</source>
        <translation>%1 (%2, Firmware %3) auf %4 gefunden</translation>
    </message>
    <message numerus="yes">
        <source>Updating %n module(s)</source>
        <translation>
            <numerusform>Aktualisiere %n Modul</numerusform>
            <numerusform>Aktualisiere %n Module</numerusform>
        </translation>
    </message>
    <message>
        <source>MODULE</source>
        <translation>MODUL</translation>
    </message>
    <message>
        <source>FAMILY</source>
        <translation>FAMILIE</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHODE</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>FIRMWARE</source>
        <translation>FIRMWARE</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>nicht fertig</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 of %2 module(s) updated in %3 s</source>
        <translation>%1 von %2 Modul(en) in %3 s aktualisiert</translation>
    </message>
</context>
<context>
    <name>DemoFleet</name>
    <message>
        <source>fotadesk-sim was not found next to %1 or in its build tree</source>
        <translation>fotadesk-sim wurde weder neben %1 noch in dessen Build-Verzeichnis gefunden</translation>
    </message>
    <message>
        <source>cannot make a folder for the demo fleet in %1</source>
        <translation>in %1 lässt sich kein Ordner für die Demo-Flotte anlegen</translation>
    </message>
    <message>
        <source>fotadesk-sim make-package failed: %1</source>
        <translation>fotadesk-sim make-package ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>%1 lässt sich nicht starten: %2</translation>
    </message>
    <message>
        <source>the simulated module %1 stopped (exit code %2)</source>
        <translation>das simulierte Modul %1 wurde beendet (Exit-Code %2)</translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message>
        <source>released for another tool; reclaim the module to use it again</source>
        <translation>für ein anderes Programm freigegeben; das Modul zurückholen, um es wieder zu nutzen</translation>
    </message>
    <message>
        <source>in use by %1</source>
        <translation>belegt von %1</translation>
    </message>
    <message>
        <source>finish or close it there first</source>
        <translation>dort zuerst beenden oder schließen</translation>
    </message>
    <message>
        <source>answers AT but gives neither IMEI nor serial number, so it cannot be told apart from other modules</source>
        <translation>antwortet auf AT, nennt aber weder IMEI noch Seriennummer und ist daher nicht von anderen Modulen zu unterscheiden</translation>
    </message>
    <message>
        <source>if a module is behind it, check its power and rate, then probe again</source>
        <translation>falls ein Modul dahinter steckt, Stromversorgung und Rate prüfen, dann erneut erkennen</translation>
    </message>
    <message>
        <source>close the program that has the port open (a terminal, another FotaDesk), then probe again</source>
        <translation>das Programm schließen, das den Port geöffnet hat (ein Terminal, ein anderes FotaDesk), dann erneut erkennen</translation>
    </message>
    <message>
        <source>add your user to the dialout group (sudo usermod -aG dialout $USER) and log in again</source>
        <translation>den eigenen Benutzer zur Gruppe dialout hinzufügen (sudo usermod -aG dialout $USER) und neu anmelden</translation>
    </message>
    <message>
        <source>ask an administrator for access to serial ports</source>
        <translation>einen Administrator um Zugriff auf serielle Ports bitten</translation>
    </message>
    <message>
        <source>unplug and replug the device, then probe again</source>
        <translation>das Gerät ab- und wieder anstecken, dann erneut erkennen</translation>
    </message>
    <message>
        <source>another interface of the module on %1</source>
        <translation>eine weitere Schnittstelle des Moduls auf %1</translation>
    </message>
    <message>
        <source>port error (%1); looking for the module again</source>
        <translation>Portfehler (%1); suche das Modul erneut</translation>
    </message>
    <message>
        <source>%1, and it has no serial number, so it cannot be told apart from other modules; a test module&apos;s IMEI can be added to the accepted test IMEIs</source>
        <translation>%1, und es hat keine Seriennummer und ist daher nicht von anderen Modulen zu unterscheiden; die IMEI eines Testmoduls kann zu den akzeptierten Test-IMEIs hinzugefügt werden</translation>
    </message>
    <message>
        <source>%1; known by its serial number %2 instead</source>
        <translation>%1; stattdessen über seine Seriennummer %2 erkannt</translation>
    </message>
    <message>
        <source>IMEISV %1 read; its IMEI is %2</source>
        <translation>IMEISV %1 gelesen; seine IMEI ist %2</translation>
    </message>
    <message>
        <source>a module with the same %1 but %2 appeared on %3; it is not taken for this one and is shown as a module of its own</source>
        <translation>ein Modul mit gleicher %1, aber %2 ist auf %3 erschienen; es wird nicht für dieses gehalten und als eigenes Modul angezeigt</translation>
    </message>
    <message>
        <source>shares %1 with another module but has %2: shown as a module of its own, not as that one found again</source>
        <translation>teilt %1 mit einem anderen Modul, hat aber %2: als eigenes Modul angezeigt, nicht als jenes wiedergefunden</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>The history database could not be opened (%1); jobs will run but not be recorded. Check the data folder in Settings.</source>
        <translation>Die Verlaufsdatenbank ließ sich nicht öffnen (%1); Aufträge laufen, werden aber nicht aufgezeichnet. Den Datenordner in den Einstellungen prüfen.</translation>
    </message>
    <message>
        <source>no such module</source>
        <translation>kein solches Modul</translation>
    </message>
    <message>
        <source>The history database is not open, so no update can be recorded. Check the data folder in Settings.</source>
        <translation>Die Verlaufsdatenbank ist nicht geöffnet, daher kann kein Update aufgezeichnet werden. Den Datenordner in den Einstellungen prüfen.</translation>
    </message>
    <message>
        <source>The module is no longer connected.</source>
        <translation>Das Modul ist nicht mehr verbunden.</translation>
    </message>
    <message>
        <source>The package is no longer in the catalog; add it again.</source>
        <translation>Das Paket ist nicht mehr im Katalog; erneut hinzufügen.</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) are installing and cannot be stopped; they finish on their own.</source>
        <translation>
            <numerusform>%n Modul installiert und lässt sich nicht anhalten; es wird selbstständig fertig.</numerusform>
            <numerusform>%n Module installieren und lassen sich nicht anhalten; sie werden selbstständig fertig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 is not in the history.</source>
        <translation>Auftrag %1 ist nicht im Verlauf.</translation>
    </message>
    <message>
        <source>Connect module %1 first: job %2 resumes on the same module.</source>
        <translation>Zuerst Modul %1 anschließen: Auftrag %2 wird auf demselben Modul fortgesetzt.</translation>
    </message>
    <message>
        <source>The package server cannot listen on %1:%2 (%3); modules cannot download packages from FotaDesk. Choose another address or port in Settings.</source>
        <translation>Der Paketserver kann nicht auf %1:%2 lauschen (%3); Module können keine Pakete von FotaDesk laden. In den Einstellungen eine andere Adresse oder einen anderen Port wählen.</translation>
    </message>
</context>
<context>
    <name>FailureReason</name>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>package not applicable</source>
        <translation>Paket passt nicht</translation>
    </message>
    <message>
        <source>module refused a command</source>
        <translation>Modul hat einen Befehl abgelehnt</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>port lost</source>
        <translation>Port verloren</translation>
    </message>
    <message>
        <source>transfer failed</source>
        <translation>Übertragung fehlgeschlagen</translation>
    </message>
    <message>
        <source>integrity check failed</source>
        <translation>Integritätsprüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>not enough space</source>
        <translation>nicht genug Speicher</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>unexpected firmware version</source>
        <translation>unerwartete Firmware-Version</translation>
    </message>
    <message>
        <source>install failed</source>
        <translation>Installation fehlgeschlagen</translation>
    </message>
    <message>
        <source>SIM locked</source>
        <translation>SIM gesperrt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>interner Fehler</translation>
    </message>
    <message>
        <source>history not written</source>
        <translation>Verlauf nicht geschrieben</translation>
    </message>
</context>
<context>
    <name>Family</name>
    <message>
        <source>Telit (PFM)</source>
        <translation>Telit (PFM)</translation>
    </message>
    <message>
        <source>Telit Cinterion</source>
        <translation>Telit Cinterion</translation>
    </message>
    <message>
        <source>SIMCom SIM7020</source>
        <translation>SIMCom SIM7020</translation>
    </message>
    <message>
        <source>Sierra HL78xx</source>
        <translation>Sierra HL78xx</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>FileHasher</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
</context>
<context>
    <name>FlashWriter</name>
    <message>
        <source>The port is not open. Reconnect the module and try again.</source>
        <translation>Der Port ist nicht geöffnet. Das Modul wieder anschließen und erneut versuchen.</translation>
    </message>
    <message>
        <source>The package is empty: there is nothing to write. Check the package file.</source>
        <translation>Das Paket ist leer: es gibt nichts zu schreiben. Die Paketdatei prüfen.</translation>
    </message>
    <message>
        <source>The package (%1 bytes) is larger than the module&apos;s FOTA partition (%2 bytes); nothing was written. Check that it is a delta package for this module.</source>
        <translation>Das Paket (%1 Byte) ist größer als die FOTA-Partition des Moduls (%2 Byte); nichts wurde geschrieben. Prüfen, ob es ein Delta-Paket für dieses Modul ist.</translation>
    </message>
    <message>
        <source>The flash upload was cancelled. The partition holds part of the package: write it again before starting the update.</source>
        <translation>Das Schreiben in den Flash wurde abgebrochen. Die Partition enthält einen Teil des Pakets: vor dem Update erneut schreiben.</translation>
    </message>
    <message>
        <source>The module refused to erase the FOTA partition (%1). Check that no download or update is running on it, then try again; if it persists, restart the module.</source>
        <translation>Das Modul hat das Löschen der FOTA-Partition abgelehnt (%1). Prüfen, dass kein Download oder Update darauf läuft, dann erneut versuchen; bleibt es so, das Modul neu starten.</translation>
    </message>
    <message>
        <source>The module refused the write at offset %1 of %2 bytes (%3). Write the package again (the partition is erased first); if it fails at the same place, restart the module.</source>
        <translation>Das Modul hat das Schreiben an Offset %1 von %2 Byte abgelehnt (%3). Das Paket erneut schreiben (die Partition wird zuerst gelöscht); scheitert es an derselben Stelle, das Modul neu starten.</translation>
    </message>
    <message>
        <source>%1 bytes written to the FOTA partition.</source>
        <translation>%1 Byte in die FOTA-Partition geschrieben.</translation>
    </message>
    <message>
        <source>Reading the flash back failed at offset %1 (%2). The firmware may not support AT+CFLR: turn verification off, or write the package again.</source>
        <translation>Das Zurücklesen des Flash ist an Offset %1 gescheitert (%2). Die Firmware unterstützt AT+CFLR womöglich nicht: die Prüfung abschalten oder das Paket erneut schreiben.</translation>
    </message>
    <message>
        <source>The flash differs from the package at offset %1. Do not start the update: write the package again.</source>
        <translation>Der Flash weicht an Offset %1 vom Paket ab. Das Update nicht starten: das Paket erneut schreiben.</translation>
    </message>
    <message>
        <source>%1 bytes written to the FOTA partition and verified.</source>
        <translation>%1 Byte in die FOTA-Partition geschrieben und geprüft.</translation>
    </message>
    <message>
        <source>The module did not answer %1 in time (at offset %2 of %3 bytes). Check that the baud rate is fixed (AT+IPR) and the cable is sound, then try again.</source>
        <translation>Das Modul hat auf %1 nicht rechtzeitig geantwortet (an Offset %2 von %3 Byte). Prüfen, ob die Baudrate fest eingestellt ist (AT+IPR) und das Kabel in Ordnung ist, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The port was lost at offset %1 of %2 bytes (unplugged or rebooted). Reconnect the module and write the package again; the partition is erased first.</source>
        <translation>Der Port ging an Offset %1 von %2 Byte verloren (abgesteckt oder neu gestartet). Das Modul wieder anschließen und das Paket erneut schreiben; die Partition wird zuerst gelöscht.</translation>
    </message>
    <message>
        <source>The flash upload was cancelled.</source>
        <translation>Das Schreiben in den Flash wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The module refused the first write, down to %1 bytes (%2). Check that no download or update runs on it and that its firmware has AT+CFLW, then restart the module and try again.</source>
        <translation>Das Modul hat schon den ersten Schreibvorgang abgelehnt, auch mit nur %1 Byte (%2). Prüfen, dass kein Download oder Update darauf läuft und seine Firmware AT+CFLW unterstützt, dann das Modul neu starten und erneut versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>The module did not take the bytes of the write at offset %1 of %2, %n time(s) running (%3): the line loses or damages bytes. Check the cable and the adapter, or use a lower rate, then write the package again.</source>
        <translation>
            <numerusform>Das Modul hat die Bytes des Schreibvorgangs an Offset %1 von %2 Byte %n-mal in Folge nicht angenommen (%3): die Leitung verliert oder verfälscht Bytes. Kabel und Adapter prüfen oder eine niedrigere Rate verwenden, dann das Paket erneut schreiben.</numerusform>
            <numerusform>Das Modul hat die Bytes des Schreibvorgangs an Offset %1 von %2 Byte %n-mal in Folge nicht angenommen (%3): die Leitung verliert oder verfälscht Bytes. Kabel und Adapter prüfen oder eine niedrigere Rate verwenden, dann das Paket erneut schreiben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetModel</name>
    <message>
        <source>Module: %1</source>
        <translation>Modul: %1</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>SIM</source>
        <translation>SIM</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>The module is installing: never unplug it or power it off now.</source>
        <translation>Das Modul installiert: jetzt niemals abstecken oder ausschalten.</translation>
    </message>
    <message>
        <source>This SIM (IMSI %1) is also in %2. A SIM moved between registered Telit modules blocks their PFM updates until the module registers again.</source>
        <translation>Diese SIM (IMSI %1) steckt auch in %2. Eine zwischen registrierten Telit-Modulen getauschte SIM blockiert deren PFM-Updates, bis sich das Modul neu registriert.</translation>
    </message>
</context>
<context>
    <name>FleetView</name>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 baud</source>
        <translation>%1 Baud</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Update history</source>
        <translation>Update-Verlauf</translation>
    </message>
    <message>
        <source>Filter by IMEI, model, package, outcome…</source>
        <translation>Nach IMEI, Modell, Paket, Ergebnis filtern…</translation>
    </message>
    <message>
        <source>Open job</source>
        <translation>Auftrag öffnen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Resume job</source>
        <translation>Auftrag fortsetzen</translation>
    </message>
    <message>
        <source>Run an interrupted job again on its module (connect the module first)</source>
        <translation>Einen unterbrochenen Auftrag erneut auf seinem Modul ausführen (zuerst das Modul anschließen)</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Firmware before</source>
        <translation>Firmware vorher</translation>
    </message>
    <message>
        <source>Firmware after</source>
        <translation>Firmware nachher</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>IdentifyCommand</name>
    <message>
        <source>Port names (ttyUSB0, COM3) or device paths (symlinks allowed).</source>
        <translation>Portnamen (ttyUSB0, COM3) oder Gerätepfade (symbolische Links erlaubt).</translation>
    </message>
    <message>
        <source>Try only this rate instead of the list.</source>
        <translation>Nur diese Rate statt der Liste probieren.</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Ein JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>identify needs at least one port; run &apos;fotadesk-cli ports&apos; to list them</source>
        <translation>identify braucht mindestens einen Port; &apos;fotadesk-cli ports&apos; listet sie auf</translation>
    </message>
    <message>
        <source>family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>imei</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>imsi</source>
        <translation>IMSI</translation>
    </message>
    <message>
        <source>(not readable: %1)</source>
        <translation>(nicht lesbar: %1)</translation>
    </message>
    <message>
        <source>no SIM answer</source>
        <translation>keine Antwort der SIM</translation>
    </message>
    <message>
        <source>iccid</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>sim</source>
        <translation>SIM</translation>
    </message>
    <message>
        <source>baud</source>
        <translation>Baud</translation>
    </message>
    <message>
        <source>check that the module is powered and that this is its AT port; if it runs at an unusual rate, give it with --baud N</source>
        <translation>prüfen, ob das Modul eingeschaltet ist und dies sein AT-Port ist; läuft es mit einer ungewöhnlichen Rate, diese mit --baud N angeben</translation>
    </message>
    <message>
        <source>the device speaks AT but refuses it; it is probably not a supported module</source>
        <translation>das Gerät versteht AT, lehnt es aber ab; es ist wohl kein unterstütztes Modul</translation>
    </message>
    <message>
        <source>add your user to the dialout group (sudo usermod -aG dialout $USER) and log in again</source>
        <translation>den eigenen Benutzer zur Gruppe dialout hinzufügen (sudo usermod -aG dialout $USER) und neu anmelden</translation>
    </message>
    <message>
        <source>close the program that has the port open (a terminal, ModemManager, another FotaDesk)</source>
        <translation>das Programm schließen, das den Port geöffnet hat (ein Terminal, ModemManager, ein anderes FotaDesk)</translation>
    </message>
    <message>
        <source>if a module is behind it, give its rate with --baud N</source>
        <translation>falls ein Modul dahinter steckt, seine Rate mit --baud N angeben</translation>
    </message>
    <message>
        <source>check the cable and the port name</source>
        <translation>Kabel und Portnamen prüfen</translation>
    </message>
    <message>
        <source>%1: %2; %3</source>
        <translation>%1: %2; %3</translation>
    </message>
</context>
<context>
    <name>IdentityView</name>
    <message>
        <source>Maker</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>IMSI</source>
        <translation>IMSI</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>SIM</source>
        <translation>SIM</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Leitungen</translation>
    </message>
    <message>
        <source>No module selected</source>
        <translation>Kein Modul ausgewählt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>ImeiCheck</name>
    <message>
        <source>%1 is not an IMEI (14 to 16 digits)</source>
        <translation>%1 ist keine IMEI (14 bis 16 Ziffern)</translation>
    </message>
    <message>
        <source>the IMEI %1 is all zeros, as on a module never given one</source>
        <translation>die IMEI %1 besteht nur aus Nullen, wie bei einem Modul, dem nie eine zugewiesen wurde</translation>
    </message>
    <message>
        <source>the IMEI %1 is one digit repeated, not a real one</source>
        <translation>die IMEI %1 besteht aus einer einzigen wiederholten Ziffer und ist keine echte</translation>
    </message>
    <message>
        <source>the IMEI %1 has a wrong check digit (Luhn: %2 expected)</source>
        <translation>die IMEI %1 hat eine falsche Prüfziffer (Luhn: %2 erwartet)</translation>
    </message>
</context>
<context>
    <name>Interlock</name>
    <message>
        <source>it holds a control character, after which the module reads on as a command line of its own</source>
        <translation>sie enthält ein Steuerzeichen, nach dem das Modul den Rest als eigene Befehlszeile liest</translation>
    </message>
    <message>
        <source>A/ repeats the module&apos;s last command line, which the interlock cannot see</source>
        <translation>A/ wiederholt die letzte Befehlszeile des Moduls, die die Sicherheitssperre nicht sehen kann</translation>
    </message>
    <message>
        <source>it does not begin with AT</source>
        <translation>sie beginnt nicht mit AT</translation>
    </message>
    <message>
        <source>it cannot be read past character %1, where a module might still run what came before</source>
        <translation>sie lässt sich über Zeichen %1 hinaus nicht lesen, während ein Modul das Vorangehende womöglich noch ausführt</translation>
    </message>
    <message>
        <source>a string in it is not closed</source>
        <translation>eine Zeichenkette darin ist nicht geschlossen</translation>
    </message>
    <message>
        <source>the command line was not sent: %1. While an update runs, only lines the interlock reads as the module would are sent</source>
        <translation>die Befehlszeile wurde nicht gesendet: %1. Während ein Update läuft, werden nur Zeilen gesendet, die die Sicherheitssperre so liest, wie das Modul sie lesen würde</translation>
    </message>
    <message>
        <source>%1 would restart or switch off the module in the middle of its update, which can leave it unusable</source>
        <translation>%1 würde das Modul mitten im Update neu starten oder ausschalten, was es unbrauchbar machen kann</translation>
    </message>
</context>
<context>
    <name>InterruptedJobs</name>
    <message>
        <source>its update was interrupted when FotaDesk stopped, at step “%1”.</source>
        <translation>sein Update wurde beim Beenden von FotaDesk unterbrochen, bei Schritt „%1“.</translation>
    </message>
    <message>
        <source>its update from %1 to %2 was interrupted when FotaDesk stopped, at step “%3”.</source>
        <translation>sein Update von %1 auf %2 wurde beim Beenden von FotaDesk unterbrochen, bei Schritt „%3“.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Interrupted updates</source>
        <translation>Unterbrochene Updates</translation>
    </message>
    <message>
        <source>%1 updates were interrupted when FotaDesk stopped. Resume all of them here as their modules connect, or one by one in the History.</source>
        <translation>%1 Updates wurden beim Beenden von FotaDesk unterbrochen. Alle hier fortsetzen, sobald ihre Module verbunden sind, oder einzeln im Verlauf.</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Alle fortsetzen</translation>
    </message>
    <message>
        <source>Run the job again on its module, from where it is safe to start</source>
        <translation>Den Auftrag erneut auf seinem Modul ausführen, ab der Stelle, an der ein Neubeginn sicher ist</translation>
    </message>
    <message>
        <source>Waiting for the module to be connected: a job resumes on its own module</source>
        <translation>Warte, bis das Modul verbunden ist: ein Auftrag wird auf seinem eigenen Modul fortgesetzt</translation>
    </message>
</context>
<context>
    <name>JobDetailsDialog</name>
    <message>
        <source>Open transcript</source>
        <translation>Protokolldatei öffnen</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>Auftrag %1: %2</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>%1 → %2 (expected %3)</source>
        <translation>%1 → %2 (erwartet %3)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Serial line</source>
        <translation>Serielle Leitung</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Aufgewendete Zeit</translation>
    </message>
</context>
<context>
    <name>JobRecovery</name>
    <message>
        <source>FotaDesk stopped while the module was at step %1; the module may still be installing</source>
        <translation>FotaDesk wurde beendet, als das Modul bei Schritt %1 war; das Modul installiert womöglich noch</translation>
    </message>
    <message>
        <source>Leave the module powered: FotaDesk verifies its firmware and restores its settings as soon as it is back.</source>
        <translation>Das Modul eingeschaltet lassen: FotaDesk prüft seine Firmware und stellt seine Einstellungen wieder her, sobald es zurück ist.</translation>
    </message>
    <message>
        <source>FotaDesk stopped during step %1</source>
        <translation>FotaDesk wurde während Schritt %1 beendet</translation>
    </message>
    <message>
        <source>Nothing was installed. Resume the job to start it again from its checks.</source>
        <translation>Es wurde nichts installiert. Den Auftrag fortsetzen, um ihn ab den Prüfungen neu zu beginnen.</translation>
    </message>
    <message>
        <source>job %1 is not in the store</source>
        <translation>Auftrag %1 ist nicht gespeichert</translation>
    </message>
    <message>
        <source>job %1 is %2, not interrupted</source>
        <translation>Auftrag %1 ist %2, nicht unterbrochen</translation>
    </message>
    <message>
        <source>job %1 belongs to module %2</source>
        <translation>Auftrag %1 gehört zu Modul %2</translation>
    </message>
    <message>
        <source>the package of job %1 (%2) is no longer in the catalog</source>
        <translation>das Paket von Auftrag %1 (%2) ist nicht mehr im Katalog</translation>
    </message>
    <message>
        <source>The module did not come back after FotaDesk stopped during step %1</source>
        <translation>Das Modul kam nicht zurück, nachdem FotaDesk während Schritt %1 beendet wurde</translation>
    </message>
    <message>
        <source>Check the module (power, cable); when it is back, resume the job to verify it.</source>
        <translation>Das Modul prüfen (Strom, Kabel); ist es zurück, den Auftrag fortsetzen, um es zu prüfen.</translation>
    </message>
    <message>
        <source>Leave the module powered: the next update on it, or the next start of FotaDesk, verifies its firmware and restores its settings.</source>
        <translation>Das Modul eingeschaltet lassen: das nächste Update darauf oder der nächste Start von FotaDesk prüft seine Firmware und stellt seine Einstellungen wieder her.</translation>
    </message>
    <message>
        <source>FotaDesk stopped during step %1 after the module was told to download the package on its own (%2); it may still be downloading or installing</source>
        <translation>FotaDesk wurde während Schritt %1 beendet, nachdem das Modul angewiesen worden war, das Paket selbstständig herunterzuladen (%2); es lädt oder installiert womöglich noch</translation>
    </message>
    <message>
        <source>FotaDesk stopped during step %1 after the module was told to install (%2); it may still be installing</source>
        <translation>FotaDesk wurde während Schritt %1 beendet, nachdem das Modul angewiesen worden war zu installieren (%2); es installiert womöglich noch</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>no module</source>
        <translation>kein Modul</translation>
    </message>
    <message>
        <source>job %1 is already updating this module</source>
        <translation>Auftrag %1 aktualisiert dieses Modul bereits</translation>
    </message>
    <message>
        <source>the job cannot be recorded in the store</source>
        <translation>der Auftrag kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>no job runs on this module</source>
        <translation>auf diesem Modul läuft kein Auftrag</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Settings backup</source>
        <translation>Einstellungen sichern</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfung der Version</translation>
    </message>
    <message>
        <source>Settings restore</source>
        <translation>Einstellungen wiederherstellen</translation>
    </message>
    <message>
        <source>SIM PIN</source>
        <translation>SIM-PIN</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufzeichnen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>Blöcke</translation>
    </message>
    <message>
        <source>retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>%1 in all: the line %2 (%3), the module %4 (%5), FotaDesk %6 (%7)</source>
        <translation>%1 insgesamt: Leitung %2 (%3), Modul %4 (%5), FotaDesk %6 (%7)</translation>
    </message>
    <message>
        <source>The line: the package&apos;s bytes crossing the serial line at the rate used.
The module: its own work (answering commands, checking, installing, rebooting, downloading over its network).
FotaDesk: the rest, FotaDesk&apos;s own share.</source>
        <translation>Leitung: die Bytes des Pakets auf der seriellen Leitung bei der verwendeten Rate.
Modul: seine eigene Arbeit (Befehle beantworten, prüfen, installieren, neu starten, über sein Netz herunterladen).
FotaDesk: der Rest, der eigene Anteil von FotaDesk.</translation>
    </message>
    <message>
        <source>%1 (the module&apos;s own rate, not switched)</source>
        <translation>%1 (die eigene Rate des Moduls, nicht umgeschaltet)</translation>
    </message>
    <message>
        <source>%1 (switched from %2)</source>
        <translation>%1 (umgeschaltet von %2)</translation>
    </message>
    <message>
        <source>serial rate</source>
        <translation>serielle Rate</translation>
    </message>
    <message>
        <source>rate before</source>
        <translation>Rate zuvor</translation>
    </message>
    <message>
        <source>module&apos;s rate</source>
        <translation>Rate des Moduls</translation>
    </message>
    <message>
        <source>rate switching</source>
        <translation>Umschalten der Rate</translation>
    </message>
    <message>
        <source>%1 in all: the module %2 (%3), FotaDesk %4 (%5)</source>
        <translation>%1 insgesamt: Modul %2 (%3), FotaDesk %4 (%5)</translation>
    </message>
</context>
<context>
    <name>JobsCommand</name>
    <message>
        <source>Print one JSON document.</source>
        <translation>Ein JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>How many recent jobs (default 50).</source>
        <translation>Wie viele der letzten Aufträge (Standard 50).</translation>
    </message>
    <message>
        <source>The history database (default: in the user&apos;s data folder).</source>
        <translation>Die Verlaufsdatenbank (Standard: im Datenordner des Benutzers).</translation>
    </message>
    <message>
        <source>--limit wants a positive number; got &quot;%1&quot;</source>
        <translation>--limit erwartet eine positive Zahl; erhalten: „%1“</translation>
    </message>
    <message>
        <source>the history database %1 cannot be opened: %2</source>
        <translation>die Verlaufsdatenbank %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>no update jobs in %1</source>
        <translation>keine Update-Aufträge in %1</translation>
    </message>
    <message>
        <source>job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>from</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message numerus="yes">
        <source> (%n warning(s))</source>
        <translation>
            <numerusform> (%n Warnung)</numerusform>
            <numerusform> (%n Warnungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted (resume them from FotaDesk):</source>
        <translation>Unterbrochen (in FotaDesk fortsetzen):</translation>
    </message>
    <message>
        <source>  job %1 on %2 at step %3: %4</source>
        <translation>  Auftrag %1 auf %2 bei Schritt %3: %4</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>URCs</source>
        <translation>URCs</translation>
    </message>
    <message>
        <source>FotaDesk notes</source>
        <translation>FotaDesk-Notizen</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Log durchsuchen</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Mitlaufen</translation>
    </message>
    <message>
        <source>Keep the newest line in view</source>
        <translation>Die neueste Zeile im Blick behalten</translation>
    </message>
    <message>
        <source>Open transcript</source>
        <translation>Protokolldatei öffnen</translation>
    </message>
    <message>
        <source>The module&apos;s full log on disk, every line since FotaDesk first saw it</source>
        <translation>Das vollständige Log des Moduls auf der Festplatte, jede Zeile seit FotaDesk es zum ersten Mal sah</translation>
    </message>
    <message>
        <source>No transcript yet</source>
        <translation>Noch keine Protokolldatei</translation>
    </message>
    <message>
        <source>The module&apos;s full log on disk: %1</source>
        <translation>Das vollständige Log des Moduls auf der Festplatte: %1</translation>
    </message>
    <message>
        <source>%1 of %2 lines</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>%1 older lines are only in the transcript</source>
        <translation>%1 ältere Zeilen stehen nur in der Protokolldatei</translation>
    </message>
    <message>
        <source>Transfer data</source>
        <translation>Übertragungsdaten</translation>
    </message>
    <message>
        <source>The bytes of package transfers (XMODEM blocks, flash writes), hidden unless asked for; the transcript always has them</source>
        <translation>Die Bytes von Paketübertragungen (XMODEM-Blöcke, Flash-Schreibvorgänge), nur auf Wunsch angezeigt; die Protokolldatei enthält sie immer</translation>
    </message>
</context>
<context>
    <name>Lwm2mProfile</name>
    <message>
        <source>The profile name must be letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos; or &apos;:&apos;</source>
        <translation>Der Profilname darf nur aus Buchstaben, Ziffern, &apos;_&apos;, &apos;-&apos;, &apos;.&apos; oder &apos;:&apos; bestehen</translation>
    </message>
    <message>
        <source>The PDP context id must be between 1 and 16</source>
        <translation>Die PDP-Kontext-ID muss zwischen 1 und 16 liegen</translation>
    </message>
    <message>
        <source>The server must be coap://host:port or coaps://host:port</source>
        <translation>Der Server muss coap://host:port oder coaps://host:port sein</translation>
    </message>
    <message>
        <source>Without security the server URI must use coap://</source>
        <translation>Ohne Sicherheit muss die Server-URI coap:// verwenden</translation>
    </message>
    <message>
        <source>With PSK or certificate security the server URI must use coaps://</source>
        <translation>Mit PSK- oder Zertifikatssicherheit muss die Server-URI coaps:// verwenden</translation>
    </message>
    <message>
        <source>PSK security needs an identity (letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;, &apos;:&apos;)</source>
        <translation>PSK-Sicherheit braucht eine Identität (Buchstaben, Ziffern, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;, &apos;:&apos;)</translation>
    </message>
    <message>
        <source>The PSK key must be given in hexadecimal</source>
        <translation>Der PSK-Schlüssel muss hexadezimal angegeben werden</translation>
    </message>
    <message>
        <source>The lifetime must be at least one second</source>
        <translation>Die Lebensdauer muss mindestens eine Sekunde betragen</translation>
    </message>
    <message>
        <source>The binding must be one of U, UQ, S, SQ, US, UQS or N</source>
        <translation>Die Bindung muss U, UQ, S, SQ, US, UQS oder N sein</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>lädt herunter</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>heruntergeladen</translation>
    </message>
    <message>
        <source>updating</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>state %1</source>
        <translation>Zustand %1</translation>
    </message>
    <message>
        <source>no update result yet</source>
        <translation>noch kein Update-Ergebnis</translation>
    </message>
    <message>
        <source>firmware updated successfully</source>
        <translation>Firmware erfolgreich aktualisiert</translation>
    </message>
    <message>
        <source>not enough flash memory for the package</source>
        <translation>nicht genug Flash-Speicher für das Paket</translation>
    </message>
    <message>
        <source>Use a delta package instead of a full image.</source>
        <translation>Ein Delta-Paket statt eines vollständigen Abbilds verwenden.</translation>
    </message>
    <message>
        <source>out of RAM during the download</source>
        <translation>während des Downloads kein RAM mehr</translation>
    </message>
    <message>
        <source>Restart the module and let the server start the update again.</source>
        <translation>Das Modul neu starten und den Server das Update erneut starten lassen.</translation>
    </message>
    <message>
        <source>connection lost during the download</source>
        <translation>Verbindung während des Downloads verloren</translation>
    </message>
    <message>
        <source>Check the coverage and the APN; the server can start the update again.</source>
        <translation>Netzabdeckung und APN prüfen; der Server kann das Update erneut starten.</translation>
    </message>
    <message>
        <source>integrity check of the package failed</source>
        <translation>Integritätsprüfung des Pakets fehlgeschlagen</translation>
    </message>
    <message>
        <source>Check the package on the LwM2M server.</source>
        <translation>Das Paket auf dem LwM2M-Server prüfen.</translation>
    </message>
    <message>
        <source>unsupported package type</source>
        <translation>nicht unterstützter Pakettyp</translation>
    </message>
    <message>
        <source>Publish a package made for this module on the LwM2M server.</source>
        <translation>Ein für dieses Modul gebautes Paket auf dem LwM2M-Server veröffentlichen.</translation>
    </message>
    <message>
        <source>invalid package URI</source>
        <translation>ungültige Paket-URI</translation>
    </message>
    <message>
        <source>Check the package URI the LwM2M server wrote to /5/0/1.</source>
        <translation>Die Paket-URI prüfen, die der LwM2M-Server in /5/0/1 geschrieben hat.</translation>
    </message>
    <message>
        <source>firmware update failed</source>
        <translation>Firmware-Update fehlgeschlagen</translation>
    </message>
    <message>
        <source>The module keeps its firmware; check that the package fits its base version.</source>
        <translation>Das Modul behält seine Firmware; prüfen, ob das Paket zu seiner Basisversion passt.</translation>
    </message>
    <message>
        <source>unsupported download protocol</source>
        <translation>nicht unterstütztes Download-Protokoll</translation>
    </message>
    <message>
        <source>Let the LwM2M server offer the package over a protocol the module supports.</source>
        <translation>Den LwM2M-Server das Paket über ein Protokoll anbieten lassen, das das Modul unterstützt.</translation>
    </message>
    <message>
        <source>result %1, not documented</source>
        <translation>Ergebnis %1, nicht dokumentiert</translation>
    </message>
    <message>
        <source>Read the module&apos;s object 5 and contact support.</source>
        <translation>Objekt 5 des Moduls lesen und den Support kontaktieren.</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;Update…</source>
        <translation>&amp;Aktualisieren…</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Update the selected modules&apos; firmware</source>
        <translation>Firmware der ausgewählten Module aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the selected modules&apos; jobs, where the module still allows it</source>
        <translation>Aufträge der ausgewählten Module abbrechen, soweit das Modul es noch zulässt</translation>
    </message>
    <message>
        <source>Cancel &amp;all</source>
        <translation>&amp;Alle abbrechen</translation>
    </message>
    <message>
        <source>Cancel every running job, where the modules still allow it</source>
        <translation>Alle laufenden Aufträge abbrechen, soweit die Module es noch zulassen</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>&amp;Neu suchen</translation>
    </message>
    <message>
        <source>Look for modules on every port again</source>
        <translation>Auf allen Ports erneut nach Modulen suchen</translation>
    </message>
    <message>
        <source>&amp;Release port</source>
        <translation>Port &amp;freigeben</translation>
    </message>
    <message>
        <source>Close the port so another tool can use it</source>
        <translation>Port schließen, damit ein anderes Programm ihn nutzen kann</translation>
    </message>
    <message>
        <source>Re&amp;claim port</source>
        <translation>Port &amp;zurückholen</translation>
    </message>
    <message>
        <source>Take a released port back</source>
        <translation>Einen freigegebenen Port wieder übernehmen</translation>
    </message>
    <message>
        <source>AT &amp;console</source>
        <translation>AT-&amp;Konsole</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Talk to the selected module</source>
        <translation>Mit dem ausgewählten Modul sprechen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Past update jobs</source>
        <translation>Frühere Update-Aufträge</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ports, agreements, timeouts, package server, data folder, language</source>
        <translation>Ports, Zustimmungen, Zeitlimits, Paketserver, Datenordner, Sprache</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit FotaDesk</source>
        <translation>FotaDesk beenden</translation>
    </message>
    <message>
        <source>&amp;About FotaDesk</source>
        <translation>&amp;Über FotaDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Modules</source>
        <translation>&amp;Module</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Serial &amp;ports</source>
        <translation>Serielle &amp;Ports</translation>
    </message>
    <message>
        <source>Every serial port and what is on it, with advice for those without a module</source>
        <translation>Alle seriellen Ports und was daran hängt, mit Hinweisen für Ports ohne Modul</translation>
    </message>
    <message>
        <source>Export &amp;diagnostics…</source>
        <translation>&amp;Diagnosedaten exportieren…</translation>
    </message>
    <message>
        <source>Save everything about the selected module for support in one zip: identity, jobs, settings backups, transcripts, versions; secrets masked</source>
        <translation>Alles über das ausgewählte Modul für den Support in einer ZIP-Datei speichern: Identität, Aufträge, Sicherungen der Einstellungen, Protokolldateien, Versionen; Geheimnisse maskiert</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FotaDesk</source>
        <translation>FotaDesk</translation>
    </message>
    <message>
        <source>About FotaDesk</source>
        <translation>Über FotaDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;FotaDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Firmware updates for cellular IoT modules over serial/USB and over the air: Telit (PFM), Telit Cinterion, SIMCom SIM7020 and Sierra Wireless HL78xx.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;FotaDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Firmware-Updates für Mobilfunk-IoT-Module über Seriell/USB und over the air: Telit (PFM), Telit Cinterion, SIMCom SIM7020 und Sierra Wireless HL78xx.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quitting stops the running update. It is recorded as interrupted, and FotaDesk offers to resume it at its next start.</source>
        <translation>Beenden hält das laufende Update an. Es wird als unterbrochen aufgezeichnet, und FotaDesk bietet beim nächsten Start an, es fortzusetzen.</translation>
    </message>
    <message>
        <source>Quitting stops the running updates. They are recorded as interrupted, and FotaDesk offers to resume them at its next start.</source>
        <translation>Beenden hält die laufenden Updates an. Sie werden als unterbrochen aufgezeichnet, und FotaDesk bietet beim nächsten Start an, sie fortzusetzen.</translation>
    </message>
    <message>
        <source>One module is installing its new firmware and cannot be stopped: it finishes on its own. Leave it powered and connected.</source>
        <translation>Ein Modul installiert seine neue Firmware und lässt sich nicht anhalten: es wird selbstständig fertig. Eingeschaltet und angeschlossen lassen.</translation>
    </message>
    <message>
        <source>%1 modules are installing their new firmware and cannot be stopped: they finish on their own. Leave them powered and connected.</source>
        <translation>%1 Module installieren ihre neue Firmware und lassen sich nicht anhalten: sie werden selbstständig fertig. Eingeschaltet und angeschlossen lassen.</translation>
    </message>
    <message>
        <source>Quit FotaDesk?</source>
        <translation>FotaDesk beenden?</translation>
    </message>
    <message>
        <source>An update is still running.</source>
        <translation>Ein Update läuft noch.</translation>
    </message>
    <message>
        <source>%1 updates are still running.</source>
        <translation>%1 Updates laufen noch.</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Trotzdem beenden</translation>
    </message>
    <message>
        <source>Keep updating</source>
        <translation>Weiter aktualisieren</translation>
    </message>
    <message>
        <source>Export diagnostics</source>
        <translation>Diagnosedaten exportieren</translation>
    </message>
    <message>
        <source>The diagnostics could not be written.</source>
        <translation>Die Diagnosedaten ließen sich nicht schreiben.</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Diagnostics are still being written; try again in a moment.</source>
        <translation>Die Diagnosedaten werden noch geschrieben; gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Writing diagnostics to %1…</source>
        <translation>Schreibe Diagnosedaten nach %1…</translation>
    </message>
</context>
<context>
    <name>MethodChoice</name>
    <message>
        <source>the LwM2M server</source>
        <translation>der LwM2M-Server</translation>
    </message>
    <message>
        <source>the Telit PFM server</source>
        <translation>der Telit-PFM-Server</translation>
    </message>
    <message>
        <source>SIMCom&apos;s FOTA server (AT+CFOTA=1)</source>
        <translation>der FOTA-Server von SIMCom (AT+CFOTA=1)</translation>
    </message>
    <message>
        <source>AirVantage</source>
        <translation>AirVantage</translation>
    </message>
    <message>
        <source>the URL given</source>
        <translation>die angegebene URL</translation>
    </message>
    <message>
        <source>Over the air: the Telit PFM server (no file needed)</source>
        <translation>Over-the-Air: der Telit-PFM-Server (keine Datei nötig)</translation>
    </message>
    <message>
        <source>Over the air: AT+CFOTA=1 from SIMCom&apos;s server (no file needed)</source>
        <translation>Over-the-Air: AT+CFOTA=1 vom Server von SIMCom (keine Datei nötig)</translation>
    </message>
    <message>
        <source>Over the air: AirVantage (no file needed)</source>
        <translation>Over-the-Air: AirVantage (keine Datei nötig)</translation>
    </message>
    <message>
        <source>Over the air: ^SNFOTA download, served by FotaDesk or from a URL</source>
        <translation>Over-the-Air: Download per ^SNFOTA, bereitgestellt von FotaDesk oder von einer URL</translation>
    </message>
    <message>
        <source>Over the air: LwM2M client (no file needed)</source>
        <translation>Over-the-Air: LwM2M-Client (keine Datei nötig)</translation>
    </message>
</context>
<context>
    <name>ModemLinesWidget</name>
    <message>
        <source>not reported by this port</source>
        <translation>von diesem Port nicht gemeldet</translation>
    </message>
    <message>
        <source>high</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>low</source>
        <translation>inaktiv</translation>
    </message>
</context>
<context>
    <name>ModemManagerCheck</name>
    <message>
        <source>ModemManager has %1 open and talks to the module. Inhibit the device while updating (mmcli --inhibit-device=&lt;uid&gt;, or the ModemManager D-Bus InhibitDevice call), or install packaging/70-fotadesk-modems.rules in /etc/udev/rules.d so ModemManager ignores these modules.</source>
        <translation>ModemManager hat %1 geöffnet und spricht mit dem Modul. Das Gerät während des Updates sperren (mmcli --inhibit-device=&lt;uid&gt; oder der D-Bus-Aufruf InhibitDevice von ModemManager) oder packaging/70-fotadesk-modems.rules nach /etc/udev/rules.d installieren, damit ModemManager diese Module ignoriert.</translation>
    </message>
    <message>
        <source>ModemManager is running and may be probing %1. If the module answers garbage or the port is busy, inhibit the device over D-Bus while updating or install packaging/70-fotadesk-modems.rules in /etc/udev/rules.d.</source>
        <translation>ModemManager läuft und untersucht womöglich %1. Antwortet das Modul mit unlesbaren Daten oder ist der Port belegt, das Gerät während des Updates über D-Bus sperren oder packaging/70-fotadesk-modems.rules nach /etc/udev/rules.d installieren.</translation>
    </message>
</context>
<context>
    <name>ModemManagerInhibitor</name>
    <message>
        <source>ModemManager did not let go of %1 (%2). It may probe the module during the update. Install packaging/70-fotadesk-modems.rules in /etc/udev/rules.d and run &quot;udevadm control --reload &amp;&amp; udevadm trigger&quot; so ModemManager ignores the modules&apos; update ports, or allow this user to control ModemManager devices.</source>
        <translation>ModemManager hat %1 nicht freigegeben (%2). ModemManager untersucht das Modul womöglich während des Updates. packaging/70-fotadesk-modems.rules nach /etc/udev/rules.d installieren und „udevadm control --reload &amp;&amp; udevadm trigger“ ausführen, damit ModemManager die Update-Ports der Module ignoriert, oder diesem Benutzer erlauben, ModemManager-Geräte zu steuern.</translation>
    </message>
    <message>
        <source>Inhibiting ModemManager is turned off in Settings.</source>
        <translation>Das Sperren von ModemManager ist in den Einstellungen ausgeschaltet.</translation>
    </message>
    <message>
        <source>No D-Bus system bus (%1): ModemManager cannot be running; nothing to inhibit.</source>
        <translation>Kein D-Bus-Systembus (%1): ModemManager kann nicht laufen; nichts zu sperren.</translation>
    </message>
    <message>
        <source>ModemManager is not running; nothing to inhibit.</source>
        <translation>ModemManager läuft nicht; nichts zu sperren.</translation>
    </message>
    <message>
        <source>ModemManager does not manage %1; nothing to inhibit.</source>
        <translation>ModemManager verwaltet %1 nicht; nichts zu sperren.</translation>
    </message>
</context>
<context>
    <name>ModuleDriver</name>
    <message>
        <source>method %1 sends the package from this computer: give the file with --package (or choose it in the update dialog)</source>
        <translation>Methode %1 sendet das Paket von diesem Computer: die Datei mit --package angeben (oder im Update-Dialog wählen)</translation>
    </message>
</context>
<context>
    <name>ModuleIdentity</name>
    <message>
        <source>%1 instead of %2</source>
        <translation>%1 statt %2</translation>
    </message>
    <message>
        <source>serial number %1 instead of %2</source>
        <translation>Seriennummer %1 statt %2</translation>
    </message>
    <message>
        <source>SIM %1 instead of %2</source>
        <translation>SIM %1 statt %2</translation>
    </message>
</context>
<context>
    <name>ModulePanel</name>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>AT console</source>
        <translation>AT-Konsole</translation>
    </message>
</context>
<context>
    <name>ModuleSession</name>
    <message>
        <source>found again on %1</source>
        <translation>auf %1 wiedergefunden</translation>
    </message>
    <message>
        <source>connected on %1</source>
        <translation>verbunden über %1</translation>
    </message>
    <message>
        <source>port released for other tools</source>
        <translation>Port für andere Programme freigegeben</translation>
    </message>
    <message>
        <source>the port is released</source>
        <translation>der Port ist freigegeben</translation>
    </message>
    <message>
        <source>the module is not connected</source>
        <translation>das Modul ist nicht verbunden</translation>
    </message>
    <message>
        <source>port %1 lost</source>
        <translation>Port %1 verloren</translation>
    </message>
    <message>
        <source>the SIM asks for its PIN; entering it</source>
        <translation>die SIM fragt nach ihrer PIN; sie wird eingegeben</translation>
    </message>
    <message>
        <source>SIM PIN accepted</source>
        <translation>SIM-PIN angenommen</translation>
    </message>
    <message>
        <source>the SIM refused the PIN (%1); enter the right PIN before another attempt, the SIM locks after three</source>
        <translation>die SIM hat die PIN abgelehnt (%1); vor einem weiteren Versuch die richtige PIN eingeben, die SIM sperrt nach drei Fehlversuchen</translation>
    </message>
</context>
<context>
    <name>ModuleText</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Released to another tool</source>
        <translation>An ein anderes Programm freigegeben</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>%1 of %2 max</source>
        <translation>%1 von max. %2</translation>
    </message>
    <message>
        <source>Best for each family</source>
        <translation>Die beste je Familie</translation>
    </message>
    <message>
        <source>Local: 1K-XMODEM over the serial port</source>
        <translation>Lokal: 1K-XMODEM über den seriellen Port</translation>
    </message>
    <message>
        <source>Local: flash writes (AT+CFLW)</source>
        <translation>Lokal: Flash-Schreibvorgänge (AT+CFLW)</translation>
    </message>
    <message>
        <source>Local: HTTP download from FotaDesk to the module&apos;s file system</source>
        <translation>Lokal: HTTP-Download von FotaDesk ins Dateisystem des Moduls</translation>
    </message>
    <message>
        <source>Over the air: the module&apos;s own FOTA client</source>
        <translation>Over-the-Air: der eigene FOTA-Client des Moduls</translation>
    </message>
    <message>
        <source>Over the air: LwM2M client</source>
        <translation>Over-the-Air: LwM2M-Client</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Echo</source>
        <translation>Echo</translation>
    </message>
    <message>
        <source>URC</source>
        <translation>URC</translation>
    </message>
    <message>
        <source>Unsolicited</source>
        <translation>Unaufgefordert</translation>
    </message>
    <message>
        <source>Data prompt</source>
        <translation>Dateneingabe</translation>
    </message>
    <message>
        <source>Data out</source>
        <translation>Daten aus</translation>
    </message>
    <message>
        <source>Data in</source>
        <translation>Daten ein</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <source>FotaDesk</source>
        <translation>FotaDesk</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>PIN needed</source>
        <translation>PIN nötig</translation>
    </message>
    <message>
        <source>PUK needed</source>
        <translation>PUK nötig</translation>
    </message>
    <message>
        <source>%1 Bd</source>
        <translation>%1 Bd</translation>
    </message>
</context>
<context>
    <name>NotificationBar</name>
    <message>
        <source>updated to %1 and verified, in %2</source>
        <translation>auf %1 aktualisiert und geprüft, in %2</translation>
    </message>
    <message>
        <source>update cancelled; the module keeps %1</source>
        <translation>Update abgebrochen; das Modul behält %1</translation>
    </message>
    <message>
        <source>update failed (%1)</source>
        <translation>Update fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>update not started: %1</source>
        <translation>Update nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Select the module and show its log</source>
        <translation>Modul auswählen und sein Log zeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>update failed</source>
        <translation>Update fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>PackageCatalog</name>
    <message>
        <source>package %1 is not in the catalog</source>
        <translation>Paket %1 ist nicht im Katalog</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was catalogued (SHA-256 %2, now %3); add it again if the new file is the one you want</source>
        <translation>%1 wurde seit der Aufnahme in den Katalog auf der Festplatte geändert (SHA-256 %2, jetzt %3); erneut hinzufügen, wenn die neue Datei die gewünschte ist</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 does not match its manifest (size, SHA-256 or MD5 differ): the file or the manifest is wrong</source>
        <translation>%1 passt nicht zu seinem Manifest (Größe, SHA-256 oder MD5 weichen ab): Datei oder Manifest ist falsch</translation>
    </message>
    <message>
        <source>the catalog could not be saved</source>
        <translation>der Katalog ließ sich nicht speichern</translation>
    </message>
</context>
<context>
    <name>PackageFileDialog</name>
    <message>
        <source>Add a firmware package</source>
        <translation>Firmware-Paket hinzufügen</translation>
    </message>
    <message>
        <source>e.g. HL7800; empty: any model of the family</source>
        <translation>z. B. HL7800; leer: jedes Modell der Familie</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>From version</source>
        <translation>Von Version</translation>
    </message>
    <message>
        <source>To version</source>
        <translation>Nach Version</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>The manifest %1 describes this package. Leave the fields empty to use it; what you enter here wins.</source>
        <translation>Das Manifest %1 beschreibt dieses Paket. Die Felder leer lassen, um es zu verwenden; was Sie hier eingeben, hat Vorrang.</translation>
    </message>
    <message>
        <source>The file name says %1 → %2: labels, not firmware versions a module reports, so they are not checked against the module.</source>
        <translation>Der Dateiname nennt %1 → %2: Bezeichnungen, keine Firmware-Versionen, wie ein Modul sie meldet; daher werden sie nicht mit dem Modul abgeglichen.</translation>
    </message>
    <message>
        <source>The file says nothing about itself (no manifest %1, no versions in its name).</source>
        <translation>Die Datei enthält keine Angaben über sich (kein Manifest %1, keine Versionen im Namen).</translation>
    </message>
    <message>
        <source>Every field may stay empty: the family and model are then the target module&apos;s, and the base version is checked by the module only. With no “To” version any new firmware after the reboot counts as success.</source>
        <translation>Jedes Feld darf leer bleiben: Familie und Modell sind dann die des Zielmoduls, und die Basisversion prüft nur das Modul. Ohne Angabe bei „Nach Version“ gilt jede neue Firmware nach dem Neustart als Erfolg.</translation>
    </message>
    <message>
        <source>Not given: the target module&apos;s</source>
        <translation>Nicht angegeben: die des Zielmoduls</translation>
    </message>
    <message>
        <source>the firmware the delta applies to; empty: not checked</source>
        <translation>die Firmware, auf die das Delta angewendet wird; leer: nicht geprüft</translation>
    </message>
    <message>
        <source>the firmware after the update; empty: any new one</source>
        <translation>die Firmware nach dem Update; leer: jede neue</translation>
    </message>
    <message>
        <source>The selected module&apos;s firmware now. Clear it if the package is for another base; the module checks the package either way.</source>
        <translation>Die aktuelle Firmware des ausgewählten Moduls. Löschen, wenn das Paket für eine andere Basis ist; das Modul prüft das Paket in jedem Fall.</translation>
    </message>
</context>
<context>
    <name>PackageHasher</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>reading %1 failed: %2</source>
        <translation>Lesen von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>PackageMetadataReader</name>
    <message>
        <source>the manifest %1 cannot be read: %2</source>
        <translation>das Manifest %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>the manifest %1 is not a JSON object (%2 at byte %3); fix or remove it</source>
        <translation>das Manifest %1 ist kein JSON-Objekt (%2 bei Byte %3); korrigieren oder entfernen</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>ein anderer JSON-Wert</translation>
    </message>
    <message>
        <source>the manifest %1 has a field that is not text (family, model, from, to, sha256 and md5 are strings)</source>
        <translation>das Manifest %1 hat ein Feld, das kein Text ist (family, model, from, to, sha256 und md5 sind Zeichenketten)</translation>
    </message>
    <message>
        <source>the manifest %1 names an unknown family &quot;%2&quot; (telit-pfm, cinterion, simcom-sim7020 or sierra-hl78xx)</source>
        <translation>das Manifest %1 nennt eine unbekannte Familie „%2“ (telit-pfm, cinterion, simcom-sim7020 oder sierra-hl78xx)</translation>
    </message>
    <message>
        <source>the manifest %1 gives a size that is not a positive whole number</source>
        <translation>das Manifest %1 nennt eine Größe, die keine positive ganze Zahl ist</translation>
    </message>
    <message>
        <source>the manifest %1 has a sha256 or md5 that is not a hex digest</source>
        <translation>das Manifest %1 hat einen sha256- oder md5-Wert, der kein Hex-Digest ist</translation>
    </message>
    <message>
        <source>the name %1 does not say which versions it updates</source>
        <translation>der Name %1 sagt nicht, welche Versionen er aktualisiert</translation>
    </message>
    <message>
        <source>%1 has no manifest %2, and this station requires one for every package (--require-manifest, or Settings &gt; Package server and data)</source>
        <translation>%1 hat kein Manifest %2, und diese Station verlangt eines für jedes Paket (--require-manifest oder Einstellungen &gt; Paketserver und Daten)</translation>
    </message>
</context>
<context>
    <name>PackageModel</name>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>%1 (file name label)</source>
        <translation>%1 (Bezeichnung im Dateinamen)</translation>
    </message>
    <message>
        <source>any new firmware</source>
        <translation>jede neue Firmware</translation>
    </message>
    <message>
        <source>Not given: the package goes to the modules chosen below, whatever they are; the module checks it</source>
        <translation>Nicht angegeben: das Paket geht an die unten gewählten Module, welche es auch sind; das Modul prüft es</translation>
    </message>
    <message>
        <source>The base version is not checked: the package does not say it (a file name&apos;s label is no firmware version). The module checks the package itself.</source>
        <translation>Die Basisversion wird nicht geprüft: das Paket nennt sie nicht (eine Bezeichnung im Dateinamen ist keine Firmware-Version). Das Modul prüft das Paket selbst.</translation>
    </message>
    <message>
        <source>Any new firmware after the reboot counts as success.</source>
        <translation>Jede neue Firmware nach dem Neustart gilt als Erfolg.</translation>
    </message>
</context>
<context>
    <name>PackageServer</name>
    <message>
        <source>The package server is already listening on %1.</source>
        <translation>Der Paketserver lauscht bereits auf %1.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3. Choose another address or port.</source>
        <translation>Auf %1 Port %2 kann nicht gelauscht werden: %3. Eine andere Adresse oder einen anderen Port wählen.</translation>
    </message>
</context>
<context>
    <name>PfmServer</name>
    <message>
        <source>An SMS number has %1 to %2 digits, e.g. +15550100.</source>
        <translation>Eine SMS-Nummer hat %1 bis %2 Ziffern, z. B. +15550100.</translation>
    </message>
    <message>
        <source>Write an IPv6 server as [address]:port, e.g. [2001:db8::7]:5000.</source>
        <translation>Einen IPv6-Server als [Adresse]:Port schreiben, z. B. [2001:db8::7]:5000.</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address.</source>
        <translation>%1 ist keine IPv6-Adresse.</translation>
    </message>
    <message>
        <source>Add the server&apos;s port after a colon, e.g. %1:5000.</source>
        <translation>Den Port des Servers nach einem Doppelpunkt anfügen, z. B. %1:5000.</translation>
    </message>
    <message>
        <source>Enter the PFM server&apos;s SMS number (e.g. +15550100) or its address and port (e.g. 203.0.113.7:5000).</source>
        <translation>Die SMS-Nummer des PFM-Servers (z. B. +15550100) oder seine Adresse und seinen Port (z. B. 203.0.113.7:5000) eingeben.</translation>
    </message>
    <message>
        <source>The server&apos;s address is missing before the port.</source>
        <translation>Vor dem Port fehlt die Adresse des Servers.</translation>
    </message>
    <message>
        <source>%1 is neither an IP address nor a host name.</source>
        <translation>%1 ist weder eine IP-Adresse noch ein Hostname.</translation>
    </message>
    <message>
        <source>The port after the colon is a number from 1 to 65535.</source>
        <translation>Der Port nach dem Doppelpunkt ist eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>Empty: the module uses the PFM server it registered with before. A module never registered waits for an offer that cannot come.</source>
        <translation>Leer: das Modul nutzt den PFM-Server, bei dem es sich zuvor registriert hat. Ein nie registriertes Modul wartet auf ein Angebot, das nicht kommen kann.</translation>
    </message>
    <message>
        <source>The module registers by SMS with %1.</source>
        <translation>Das Modul registriert sich per SMS bei %1.</translation>
    </message>
    <message>
        <source>The module registers over IP with %1, port %2, through the APN.</source>
        <translation>Das Modul registriert sich über IP bei %1, Port %2, über den APN.</translation>
    </message>
</context>
<context>
    <name>PortInfo</name>
    <message>
        <source>Telit</source>
        <translation>Telit</translation>
    </message>
    <message>
        <source>Thales/Cinterion</source>
        <translation>Thales/Cinterion</translation>
    </message>
    <message>
        <source>SIMCom</source>
        <translation>SIMCom</translation>
    </message>
    <message>
        <source>Sierra Wireless</source>
        <translation>Sierra Wireless</translation>
    </message>
</context>
<context>
    <name>PortStatus</name>
    <message>
        <source>waiting to settle</source>
        <translation>wartet auf Stabilisierung</translation>
    </message>
    <message>
        <source>probing</source>
        <translation>wird erkannt</translation>
    </message>
    <message>
        <source>module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>other interface of a module</source>
        <translation>weitere Schnittstelle eines Moduls</translation>
    </message>
    <message>
        <source>not a module</source>
        <translation>kein Modul</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>belegt</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>released</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>verschwunden</translation>
    </message>
</context>
<context>
    <name>PortsCommand</name>
    <message>
        <source>Print one JSON document.</source>
        <translation>Ein JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>ports takes no arguments; to look at one port use &apos;fotadesk-cli identify &lt;port&gt;&apos;</source>
        <translation>ports nimmt keine Argumente; einen einzelnen Port untersucht &apos;fotadesk-cli identify &lt;port&gt;&apos;</translation>
    </message>
    <message>
        <source>No serial ports found. Pseudo-terminals and other paths are not listed by the system: add --scan GLOB (e.g. --scan &apos;/tmp/modems/*&apos;).</source>
        <translation>Keine seriellen Ports gefunden. Pseudo-Terminals und andere Pfade listet das System nicht auf: --scan GLOB hinzufügen (z. B. --scan &apos;/tmp/modems/*&apos;).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>FAMILY</source>
        <translation>FAMILIE</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>FIRMWARE</source>
        <translation>FIRMWARE</translation>
    </message>
    <message>
        <source>BAUD</source>
        <translation>BAUD</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation>DETAILS</translation>
    </message>
</context>
<context>
    <name>PortsDialog</name>
    <message>
        <source>Serial ports</source>
        <translation>Serielle Ports</translation>
    </message>
    <message>
        <source>A module that is plugged in but not in the fleet table is on one of these ports; its status says why and what to do.</source>
        <translation>Ein angestecktes Modul, das nicht in der Modultabelle steht, hängt an einem dieser Ports; sein Status sagt, warum, und was zu tun ist.</translation>
    </message>
</context>
<context>
    <name>PortsModel</name>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>USB id</source>
        <translation>USB-ID</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Hersteller</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>the module is not connected</source>
        <translation>das Modul ist nicht verbunden</translation>
    </message>
    <message>
        <source>another job (%1) is updating this module</source>
        <translation>ein anderer Auftrag (%1) aktualisiert dieses Modul</translation>
    </message>
    <message>
        <source>the package file %1 cannot be read</source>
        <translation>die Paketdatei %1 lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>the package %1 changed on disk since it was catalogued (SHA-256 %2..., now %3...)</source>
        <translation>das Paket %1 wurde seit der Aufnahme in den Katalog auf der Festplatte geändert (SHA-256 %2..., jetzt %3...)</translation>
    </message>
    <message>
        <source>the module went away</source>
        <translation>das Modul ist verschwunden</translation>
    </message>
    <message>
        <source>the module went away during the checks</source>
        <translation>das Modul ist während der Prüfungen verschwunden</translation>
    </message>
    <message>
        <source>the SIM refused the PIN (%1); FotaDesk does not try again, the SIM locks after three wrong PINs</source>
        <translation>die SIM hat die PIN abgelehnt (%1); FotaDesk versucht es nicht erneut, die SIM sperrt nach drei falschen PINs</translation>
    </message>
    <message>
        <source>the SIM asks for its PIN and none was given; the module needs it again after the update</source>
        <translation>die SIM fragt nach ihrer PIN, aber keine wurde angegeben; das Modul braucht sie nach dem Update wieder</translation>
    </message>
    <message>
        <source>the SIM is blocked and asks for its PUK; unblock it first</source>
        <translation>die SIM ist gesperrt und fragt nach ihrer PUK; zuerst entsperren</translation>
    </message>
    <message>
        <source>the module refused a fixed serial rate (%1); with autobauding its messages after the reboot are lost</source>
        <translation>das Modul hat eine feste serielle Rate abgelehnt (%1); mit automatischer Baudrate gehen seine Meldungen nach dem Neustart verloren</translation>
    </message>
    <message>
        <source>autobauding is on (AT+IPR? answers 0): the module&apos;s messages after its reboot would be lost; set a fixed rate with AT+IPR=&lt;rate&gt;</source>
        <translation>automatische Baudrate ist an (AT+IPR? antwortet 0): die Meldungen des Moduls nach dem Neustart gingen verloren; mit AT+IPR=&lt;Rate&gt; eine feste Rate setzen</translation>
    </message>
    <message>
        <source>Check the package and the module; override the checks only if you are sure this package applies.</source>
        <translation>Paket und Modul prüfen; die Prüfungen nur übergehen, wenn sicher ist, dass dieses Paket passt.</translation>
    </message>
    <message>
        <source>Nothing was changed on the module. Resolve the reason above and start the update again.</source>
        <translation>Am Modul wurde nichts verändert. Den obigen Grund beheben und das Update erneut starten.</translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>no port driver for %1</source>
        <translation>kein Porttreiber für %1</translation>
    </message>
    <message>
        <source>the port is in use by another program (%1)</source>
        <translation>der Port wird von einem anderen Programm benutzt (%1)</translation>
    </message>
    <message>
        <source>no permission to open the port (%1)</source>
        <translation>keine Berechtigung, den Port zu öffnen (%1)</translation>
    </message>
    <message>
        <source>the port does not exist (any more)</source>
        <translation>der Port existiert nicht (mehr)</translation>
    </message>
    <message>
        <source>cannot open the port: %1</source>
        <translation>der Port lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>probe cancelled</source>
        <translation>Erkennung abgebrochen</translation>
    </message>
    <message>
        <source>answers OK to AT but no identity command</source>
        <translation>antwortet OK auf AT, aber auf keinen Identitätsbefehl</translation>
    </message>
    <message>
        <source>the port went away while it was being probed</source>
        <translation>der Port verschwand während der Erkennung</translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Agreement request from %1</source>
        <translation>Zustimmungsanfrage von %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; asks:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; fragt:</translation>
    </message>
    <message>
        <source>Defer %1 min</source>
        <translation>%1 min aufschieben</translation>
    </message>
    <message>
        <source>The module asks again later</source>
        <translation>Das Modul fragt später erneut</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Let the request lapse; the update does not start</source>
        <translation>Anfrage verfallen lassen; das Update startet nicht</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Keine Frist</translation>
    </message>
    <message>
        <source>Time is up: the module no longer waits for an answer</source>
        <translation>Die Zeit ist um: das Modul wartet nicht mehr auf eine Antwort</translation>
    </message>
    <message>
        <source>Answer within %1</source>
        <translation>Antwort innerhalb von %1</translation>
    </message>
    <message>
        <source>Answer sent; waiting for the module…</source>
        <translation>Antwort gesendet; warte auf das Modul…</translation>
    </message>
</context>
<context>
    <name>RateFinder</name>
    <message>
        <source>cannot write to the port: %1</source>
        <translation>in den Port kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>answers &quot;%1&quot; to AT</source>
        <translation>antwortet „%1“ auf AT</translation>
    </message>
    <message>
        <source>prints text but never answers OK to AT (tried %1 baud)</source>
        <translation>gibt Text aus, antwortet aber nie OK auf AT (versucht: %1 Baud)</translation>
    </message>
    <message>
        <source>answers only garbage at every rate tried (%1 baud)</source>
        <translation>antwortet bei jeder versuchten Rate nur mit unlesbaren Daten (%1 Baud)</translation>
    </message>
    <message>
        <source>no answer to AT at any rate tried (%1 baud)</source>
        <translation>bei keiner versuchten Rate eine Antwort auf AT (%1 Baud)</translation>
    </message>
</context>
<context>
    <name>RateSwitch</name>
    <message>
        <source>The module refused the serial rate %1 (%2); it stays at %3</source>
        <translation>Das Modul hat die serielle Rate %1 abgelehnt (%2); es bleibt bei %3</translation>
    </message>
    <message>
        <source>the port does not take %1 baud</source>
        <translation>der Port unterstützt %1 Baud nicht</translation>
    </message>
    <message>
        <source>The module went away while its serial rate was changed</source>
        <translation>Das Modul ist verschwunden, während seine serielle Rate geändert wurde</translation>
    </message>
    <message>
        <source>the module refuses %1 baud (%2)</source>
        <translation>das Modul lehnt %1 Baud ab (%2)</translation>
    </message>
    <message>
        <source>serial rate %1 baud verified</source>
        <translation>serielle Rate %1 Baud bestätigt</translation>
    </message>
    <message>
        <source>The port could not be set to %1 baud</source>
        <translation>Der Port ließ sich nicht auf %1 Baud einstellen</translation>
    </message>
    <message>
        <source>no clean answer at %1 baud; back to %2</source>
        <translation>keine saubere Antwort bei %1 Baud; zurück auf %2</translation>
    </message>
    <message>
        <source>The module answers neither at %1 nor at %2 baud</source>
        <translation>Das Modul antwortet weder bei %1 noch bei %2 Baud</translation>
    </message>
    <message>
        <source>The module did not answer cleanly at %1 baud; it stays at %2 baud</source>
        <translation>Das Modul hat bei %1 Baud nicht sauber geantwortet; es bleibt bei %2 Baud</translation>
    </message>
    <message>
        <source>The module did not answer cleanly at %1 baud; the transfer runs at %2 baud</source>
        <translation>Das Modul hat bei %1 Baud nicht sauber geantwortet; die Übertragung läuft mit %2 Baud</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>The recording to write.</source>
        <translation>Die zu schreibende Aufzeichnung.</translation>
    </message>
    <message>
        <source>The module&apos;s port.</source>
        <translation>Der Port des Moduls.</translation>
    </message>
    <message>
        <source>identify (the default), at or update, and its own arguments (see its --help).</source>
        <translation>identify (Standard), at oder update samt dessen eigenen Argumenten (siehe dessen --help).</translation>
    </message>
    <message>
        <source>record needs a port; e.g. fotadesk-cli record ttyUSB2 -o module.rec update --package fw.bin</source>
        <translation>record braucht einen Port; z. B. fotadesk-cli record ttyUSB2 -o module.rec update --package fw.bin</translation>
    </message>
    <message>
        <source>record needs -o FILE, where the recording goes</source>
        <translation>record braucht -o FILE, wohin die Aufzeichnung geschrieben wird</translation>
    </message>
    <message>
        <source>record keeps identify, at or update, not &quot;%1&quot;</source>
        <translation>record zeichnet identify, at oder update auf, nicht „%1“</translation>
    </message>
    <message>
        <source>the recording %1 cannot be written: %2</source>
        <translation>die Aufzeichnung %1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) recorded in %1</source>
        <translation>
            <numerusform>%n Ereignis in %1 aufgezeichnet</numerusform>
            <numerusform>%n Ereignisse in %1 aufgezeichnet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreReport</name>
    <message>
        <source>setting not as before the update: %1</source>
        <translation>Einstellung nicht wie vor dem Update: %1</translation>
    </message>
    <message>
        <source>writing a setting back failed: %1</source>
        <translation>Zurückschreiben einer Einstellung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Package files to serve.</source>
        <translation>Bereitzustellende Paketdateien.</translation>
    </message>
    <message>
        <source>serve needs at least one package file</source>
        <translation>serve braucht mindestens eine Paketdatei</translation>
    </message>
    <message>
        <source>%1 cannot be read; check the path and its permissions</source>
        <translation>%1 lässt sich nicht lesen; den Pfad und seine Berechtigungen prüfen</translation>
    </message>
    <message numerus="yes">
        <source>Serving %n package(s) on %1; press Ctrl+C to stop.</source>
        <translation>
            <numerusform>Stelle %n Paket unter %1 bereit; Strg+C beendet.</numerusform>
            <numerusform>Stelle %n Pakete unter %1 bereit; Strg+C beendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n byte(s)</source>
        <translation>
            <numerusform> %n Byte</numerusform>
            <numerusform> %n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source> (the peer left before the end)</source>
        <translation> (die Gegenstelle ging vor dem Ende)</translation>
    </message>
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <source>Address and port FotaDesk&apos;s package server listens on (default 127.0.0.1, any free port). Use 0.0.0.0:PORT so a module on its mobile network can reach it.</source>
        <translation>Adresse und Port, auf denen der Paketserver von FotaDesk lauscht (Standard: 127.0.0.1, beliebiger freier Port). 0.0.0.0:PORT verwenden, damit ein Modul in seinem Mobilfunknetz ihn erreichen kann.</translation>
    </message>
    <message>
        <source>Host name or address put in the package URLs the modules are given (e.g. the router&apos;s public address that forwards to --bind).</source>
        <translation>Hostname oder Adresse in den Paket-URLs, die die Module erhalten (z. B. die öffentliche Adresse des Routers, der an --bind weiterleitet).</translation>
    </message>
    <message>
        <source>--bind %1 is not ADDR:PORT (e.g. 0.0.0.0:8080)</source>
        <translation>--bind %1 hat nicht die Form ADDR:PORT (z. B. 0.0.0.0:8080)</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3; choose another port with --bind</source>
        <translation>kann nicht auf %1:%2 lauschen: %3; mit --bind einen anderen Port wählen</translation>
    </message>
</context>
<context>
    <name>SessionRecording</name>
    <message>
        <source>a time and an event expected</source>
        <translation>eine Zeit und ein Ereignis erwartet</translation>
    </message>
    <message>
        <source>the time is not a number of milliseconds</source>
        <translation>die Zeit ist keine Anzahl von Millisekunden</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>unbekanntes Ereignis „%1“</translation>
    </message>
    <message>
        <source>a positive number expected after &quot;%1&quot;</source>
        <translation>nach „%1“ eine positive Zahl erwartet</translation>
    </message>
    <message>
        <source>bytes expected after &quot;%1&quot; (escapes: \r \n \t \\ \xHH)</source>
        <translation>nach „%1“ Bytes erwartet (Escape-Sequenzen: \r \n \t \\ \xHH)</translation>
    </message>
    <message>
        <source>nothing expected after &quot;%1&quot;</source>
        <translation>nach „%1“ nichts erwartet</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is not a FotaDesk recording (its first line is not &quot;%2&quot;)</source>
        <translation>%1 ist keine FotaDesk-Aufzeichnung (die erste Zeile ist nicht „%2“)</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1, line %2: the time goes backwards</source>
        <translation>%1, Zeile %2: die Zeit läuft rückwärts</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Ask, with the deadline shown</source>
        <translation>Fragen, mit angezeigter Frist</translation>
    </message>
    <message>
        <source>Accept at once</source>
        <translation>Sofort annehmen</translation>
    </message>
    <message>
        <source>Let the request lapse</source>
        <translation>Anfrage verfallen lassen</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>Aufschieben</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>One path or pattern a line, e.g. /tmp/modems/*</source>
        <translation>Ein Pfad oder Muster pro Zeile, z. B. /tmp/modems/*</translation>
    </message>
    <message>
        <source>115200, 921600, 460800</source>
        <translation>115200, 921600, 460800</translation>
    </message>
    <message>
        <source>each family&apos;s documented default</source>
        <translation>dokumentierter Standard je Familie</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Also watch</source>
        <translation>Zusätzlich beobachten</translation>
    </message>
    <message>
        <source>Baud rates to try</source>
        <translation>Zu probierende Baudraten</translation>
    </message>
    <message>
        <source>Probe answer timeout</source>
        <translation>Antwortzeit beim Erkennen</translation>
    </message>
    <message>
        <source>Wait for a module after its reboot</source>
        <translation>Nach dem Neustart auf ein Modul warten</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <source>Telit upgrade requests (60 s)</source>
        <translation>Telit-Upgrade-Anfragen (60 s)</translation>
    </message>
    <message>
        <source>HL78xx download/install agreements</source>
        <translation>HL78xx-Zustimmung zu Download/Installation</translation>
    </message>
    <message>
        <source>Defer HL78xx agreements by</source>
        <translation>HL78xx-Zustimmungen aufschieben um</translation>
    </message>
    <message>
        <source>Install watchdog</source>
        <translation>Zeitlimit der Installation</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Package server and data</source>
        <translation>Paketserver und Daten</translation>
    </message>
    <message>
        <source>Package server address</source>
        <translation>Adresse des Paketservers</translation>
    </message>
    <message>
        <source>Package server port</source>
        <translation>Port des Paketservers</translation>
    </message>
    <message>
        <source>Data folder (history, transcripts)</source>
        <translation>Datenordner (Verlauf, Protokolldateien)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language changes when FotaDesk is started again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von FotaDesk.</translation>
    </message>
    <message>
        <source>Baud rates: one or more numbers between 300 and 4000000, separated by commas.</source>
        <translation>Baudraten: eine oder mehrere Zahlen zwischen 300 und 4000000, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Package server address: an IP address, e.g. 0.0.0.0 for every interface or 127.0.0.1.</source>
        <translation>Adresse des Paketservers: eine IP-Adresse, z. B. 0.0.0.0 für alle Schnittstellen oder 127.0.0.1.</translation>
    </message>
    <message>
        <source>Empty: the address above, or for 0.0.0.0 this computer&apos;s first network address</source>
        <translation>Leer: die Adresse oben, bei 0.0.0.0 die erste Netzwerkadresse dieses Computers</translation>
    </message>
    <message>
        <source>The host name or address modules are told to download from: one they can reach from their mobile network (a public name behind NAT, a VPN address).</source>
        <translation>Der Hostname oder die Adresse, von der die Module laden sollen: eine, die sie aus ihrem Mobilfunknetz erreichen (ein öffentlicher Name hinter NAT, eine VPN-Adresse).</translation>
    </message>
    <message>
        <source>Require a manifest for every package</source>
        <translation>Für jedes Paket ein Manifest verlangen</translation>
    </message>
    <message>
        <source>A factory&apos;s strictness: a file without its &lt;file&gt;.json manifest is refused, so family, model and versions are always checked. Off: vendor files are used as shipped and the module checks them itself.</source>
        <translation>Strenge für die Fertigung: eine Datei ohne ihr Manifest &lt;file&gt;.json wird abgelehnt, sodass Familie, Modell und Versionen immer geprüft werden. Aus: Herstellerdateien werden wie ausgeliefert verwendet, und das Modul prüft sie selbst.</translation>
    </message>
    <message>
        <source>Modules download from host</source>
        <translation>Module laden von Host</translation>
    </message>
    <message>
        <source>Modules download from host: a host name or an IP address only, e.g. fota.example.com or 203.0.113.7 (no http://, no port: the port is set above).</source>
        <translation>Module laden von Host: nur ein Hostname oder eine IP-Adresse, z. B. fota.example.com oder 203.0.113.7 (kein http://, kein Port: der Port wird oben eingestellt).</translation>
    </message>
    <message>
        <source>Keep ModemManager off a module while it updates</source>
        <translation>ModemManager während des Updates vom Modul fernhalten</translation>
    </message>
    <message>
        <source>Linux: ModemManager is asked over D-Bus to let go of the module&apos;s device for the length of its job, as fwupd does, and takes it back afterwards (also if FotaDesk stops). Off: ModemManager is left alone; the udev rule packaging/70-fotadesk-modems.rules keeps it away for good.</source>
        <translation>Linux: ModemManager wird über D-Bus gebeten, das Gerät des Moduls für die Dauer seines Auftrags freizugeben, wie fwupd es tut, und übernimmt es danach wieder (auch wenn FotaDesk beendet wird). Aus: ModemManager bleibt unberührt; die udev-Regel packaging/70-fotadesk-modems.rules hält ModemManager dauerhaft fern.</translation>
    </message>
    <message>
        <source>Off (keep the module&apos;s rate)</source>
        <translation>Aus (Rate des Moduls beibehalten)</translation>
    </message>
    <message>
        <source>Local transfers (XMODEM on Sierra HL78xx, AT+CFLW on SIMCom SIM7020) switch the serial line up to this rate, as far as the module and the port take it, and back to the module&apos;s own rate afterwards. USB-serial adapters have their own limits: many garble or drop data above 115200 or 460800 baud even where they accept the rate. If transfers fail after the switch, choose a lower rate or Off.</source>
        <translation>Lokale Übertragungen (XMODEM bei Sierra HL78xx, AT+CFLW bei SIMCom SIM7020) schalten die serielle Leitung bis auf diese Rate hoch, soweit Modul und Port sie mitmachen, und danach zurück auf die eigene Rate des Moduls. USB-Seriell-Adapter haben eigene Grenzen: viele verfälschen oder verlieren Daten über 115200 oder 460800 Baud, auch wenn sie die Rate annehmen. Schlagen Übertragungen nach dem Umschalten fehl, eine niedrigere Rate oder Aus wählen.</translation>
    </message>
    <message>
        <source>Fastest transfer rate</source>
        <translation>Höchste Übertragungsrate</translation>
    </message>
    <message>
        <source>Fastest transfer rate: Off, or a number between 300 and 4000000.</source>
        <translation>Höchste Übertragungsrate: Aus oder eine Zahl zwischen 300 und 4000000.</translation>
    </message>
</context>
<context>
    <name>SettingsProfile</name>
    <message>
        <source>not a JSON object: %1</source>
        <translation>kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>unknown family &quot;%1&quot;</source>
        <translation>unbekannte Familie „%1“</translation>
    </message>
    <message>
        <source>an item needs a name, a read command and a prefix</source>
        <translation>ein Eintrag braucht einen Namen, einen Lesebefehl und ein Präfix</translation>
    </message>
    <message>
        <source>no settings profile for %1</source>
        <translation>kein Einstellungsprofil für %1</translation>
    </message>
</context>
<context>
    <name>SettingsRestorer</name>
    <message>
        <source>%1 cannot be written back by FotaDesk</source>
        <translation>%1 kann von FotaDesk nicht zurückgeschrieben werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 antwortete %2</translation>
    </message>
    <message>
        <source>%1: its password was not kept with the job (secrets never are), so it could not be written back after the interruption: enter it again</source>
        <translation>%1: das Passwort wurde nicht mit dem Auftrag gespeichert (Geheimnisse werden nie gespeichert) und ließ sich daher nach der Unterbrechung nicht zurückschreiben: bitte erneut eingeben</translation>
    </message>
</context>
<context>
    <name>SettingsSnapshot</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1: %2 before the update, %3 now</source>
        <translation>%1: %2 vor dem Update, jetzt %3</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 antwortete %2</translation>
    </message>
    <message>
        <source>%1 did not report it</source>
        <translation>%1 hat es nicht gemeldet</translation>
    </message>
</context>
<context>
    <name>SierraAgreements</name>
    <message>
        <source>The module asks to connect to AirVantage. Connect now or defer? The request cannot be refused; unanswered, it comes back.</source>
        <translation>Das Modul möchte sich mit AirVantage verbinden. Jetzt verbinden oder aufschieben? Die Anfrage lässt sich nicht ablehnen; ohne Antwort kommt sie wieder.</translation>
    </message>
    <message>
        <source>AirVantage offers a firmware package. Download it now or defer? The request cannot be refused; unanswered, it comes back.</source>
        <translation>AirVantage bietet ein Firmware-Paket an. Jetzt herunterladen oder aufschieben? Die Anfrage lässt sich nicht ablehnen; ohne Antwort kommt sie wieder.</translation>
    </message>
    <message>
        <source>The new firmware is ready to install. Install now or defer? The module restarts and must not lose power while it installs.</source>
        <translation>Die neue Firmware ist bereit zur Installation. Jetzt installieren oder aufschieben? Das Modul startet neu und darf während der Installation nicht vom Strom getrennt werden.</translation>
    </message>
</context>
<context>
    <name>SierraDriver</name>
    <message>
        <source>%1 is reserved for the running HL78xx update (it would answer or stop its AirVantage operation)</source>
        <translation>%1 ist für das laufende HL78xx-Update reserviert (es würde dessen AirVantage-Vorgang beantworten oder anhalten)</translation>
    </message>
</context>
<context>
    <name>SierraErrors</name>
    <message>
        <source>AirVantage refused the module&apos;s authentication</source>
        <translation>AirVantage hat die Authentifizierung des Moduls abgelehnt</translation>
    </message>
    <message>
        <source>Check that the module (its IMEI) is registered on AirVantage and that its bootstrap credentials are present, then start again.</source>
        <translation>Prüfen, ob das Modul (seine IMEI) bei AirVantage registriert ist und seine Bootstrap-Zugangsdaten vorhanden sind, dann neu starten.</translation>
    </message>
    <message>
        <source>AirVantage denied the connection</source>
        <translation>AirVantage hat die Verbindung verweigert</translation>
    </message>
    <message>
        <source>Check the module&apos;s subscription and state on AirVantage, then start again.</source>
        <translation>Abonnement und Zustand des Moduls bei AirVantage prüfen, dann neu starten.</translation>
    </message>
    <message>
        <source>The module found the package&apos;s signature invalid and will not install it</source>
        <translation>Das Modul hält die Signatur des Pakets für ungültig und installiert es nicht</translation>
    </message>
    <message>
        <source>The package is damaged or not signed for this module. Get the package again from Sierra Wireless (a .dwl/.ua file for this model) and start again.</source>
        <translation>Das Paket ist beschädigt oder nicht für dieses Modul signiert. Das Paket erneut von Sierra Wireless beziehen (eine .dwl/.ua-Datei für dieses Modell) und neu starten.</translation>
    </message>
    <message>
        <source>The module reports that the firmware update failed</source>
        <translation>Das Modul meldet, dass das Firmware-Update fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>The module keeps its current firmware. The usual cause is a delta package made for another firmware version: check the package&apos;s base version against the module&apos;s (AT+CGMR).</source>
        <translation>Das Modul behält seine aktuelle Firmware. Meist ist die Ursache ein Delta-Paket für eine andere Firmware-Version: die Basisversion des Pakets mit der des Moduls (AT+CGMR) vergleichen.</translation>
    </message>
    <message>
        <source>The module has no room for the package</source>
        <translation>Das Modul hat keinen Platz für das Paket</translation>
    </message>
    <message>
        <source>Use a delta package instead of a full image, or free the module&apos;s FOTA partition, then start again.</source>
        <translation>Ein Delta-Paket statt eines vollständigen Abbilds verwenden oder die FOTA-Partition des Moduls freimachen, dann neu starten.</translation>
    </message>
    <message>
        <source>The module&apos;s HTTP(S) download of the package failed</source>
        <translation>Der HTTP(S)-Download des Pakets durch das Modul ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Check the coverage and the APN, then start again: the download resumes where it stopped.</source>
        <translation>Netzabdeckung und APN prüfen, dann neu starten: der Download wird dort fortgesetzt, wo er stehen blieb.</translation>
    </message>
    <message>
        <source>The module received a corrupted package</source>
        <translation>Das Modul hat ein beschädigtes Paket empfangen</translation>
    </message>
    <message>
        <source>Start again; if it happens again, replace the package on AirVantage.</source>
        <translation>Neu starten; passiert es erneut, das Paket auf AirVantage ersetzen.</translation>
    </message>
    <message>
        <source>The module ran out of RAM during the download</source>
        <translation>Dem Modul ging während des Downloads der RAM aus</translation>
    </message>
    <message>
        <source>Restart the module, then start again: the download resumes after the reboot.</source>
        <translation>Das Modul neu starten, dann das Update neu starten: der Download wird nach dem Neustart fortgesetzt.</translation>
    </message>
    <message>
        <source>The download was interrupted</source>
        <translation>Der Download wurde unterbrochen</translation>
    </message>
    <message>
        <source>Start again: the download resumes where it stopped.</source>
        <translation>Neu starten: der Download wird dort fortgesetzt, wo er stehen blieb.</translation>
    </message>
    <message>
        <source>The module could not write the package to its flash</source>
        <translation>Das Modul konnte das Paket nicht in seinen Flash schreiben</translation>
    </message>
    <message>
        <source>Restart the module and start again; if it happens again, the module needs service.</source>
        <translation>Das Modul neu starten und das Update neu starten; passiert es erneut, muss das Modul zum Service.</translation>
    </message>
    <message>
        <source>The module reports a download problem</source>
        <translation>Das Modul meldet ein Problem beim Download</translation>
    </message>
    <message>
        <source>Check the coverage and the APN, then start again.</source>
        <translation>Netzabdeckung und APN prüfen, dann neu starten.</translation>
    </message>
    <message>
        <source>The port went away during %1</source>
        <translation>Der Port verschwand während %1</translation>
    </message>
    <message>
        <source>Reconnect the module and start again; its firmware is unchanged.</source>
        <translation>Das Modul wieder anschließen und neu starten; seine Firmware ist unverändert.</translation>
    </message>
    <message>
        <source>The module did not answer %1</source>
        <translation>Das Modul hat auf %1 nicht geantwortet</translation>
    </message>
    <message>
        <source>Check the cable and the serial rate, then start again.</source>
        <translation>Kabel und serielle Rate prüfen, dann neu starten.</translation>
    </message>
    <message>
        <source>The module refused %1 (%2)</source>
        <translation>Das Modul hat %1 abgelehnt (%2)</translation>
    </message>
    <message>
        <source>Check that the module&apos;s firmware has the device services (AirVantage, AT+WDSI) and is not busy with another operation.</source>
        <translation>Prüfen, ob die Firmware des Moduls die Gerätedienste (AirVantage, AT+WDSI) enthält und nicht mit einem anderen Vorgang beschäftigt ist.</translation>
    </message>
    <message>
        <source>The module has no APN for its device services, or an agreement is pending (%1)</source>
        <translation>Das Modul hat keinen APN für seine Gerätedienste, oder eine Zustimmung steht aus (%1)</translation>
    </message>
    <message>
        <source>Give the APN of the SIM&apos;s operator (AT+CGDCONT and AT+WDSS=2,&lt;cid&gt;), or answer the module&apos;s pending request, then start again.</source>
        <translation>Den APN des SIM-Netzbetreibers angeben (AT+CGDCONT und AT+WDSS=2,&lt;cid&gt;) oder die ausstehende Anfrage des Moduls beantworten, dann neu starten.</translation>
    </message>
    <message>
        <source>The module rejects the APN (%1)</source>
        <translation>Das Modul lehnt den APN ab (%1)</translation>
    </message>
    <message>
        <source>Check the APN with the SIM&apos;s operator, then start again.</source>
        <translation>Den APN beim Netzbetreiber der SIM prüfen, dann neu starten.</translation>
    </message>
    <message>
        <source>The module could not activate its data connection (%1)</source>
        <translation>Das Modul konnte seine Datenverbindung nicht aktivieren (%1)</translation>
    </message>
    <message>
        <source>Check the coverage, the SIM&apos;s data service and the APN, then start again.</source>
        <translation>Netzabdeckung, Datendienst der SIM und APN prüfen, dann neu starten.</translation>
    </message>
    <message>
        <source>Check that no other update is pending on the module, then start again.</source>
        <translation>Prüfen, dass auf dem Modul kein anderes Update aussteht, dann neu starten.</translation>
    </message>
    <message>
        <source>The module keeps its current firmware. Reconnect it and start again.</source>
        <translation>Das Modul behält seine aktuelle Firmware. Wieder anschließen und neu starten.</translation>
    </message>
    <message>
        <source>The module stopped the transfer; check that the package fits it (.dwl/.ua for this model), then start again.</source>
        <translation>Das Modul hat die Übertragung abgebrochen; prüfen, ob das Paket dazu passt (.dwl/.ua für dieses Modell), dann neu starten.</translation>
    </message>
    <message>
        <source>The module keeps its current firmware; start again when the link is steady.</source>
        <translation>Das Modul behält seine aktuelle Firmware; neu starten, wenn die Verbindung stabil ist.</translation>
    </message>
</context>
<context>
    <name>SierraFlow</name>
    <message>
        <source>No module session to update</source>
        <translation>Keine Modulsitzung zum Aktualisieren</translation>
    </message>
    <message>
        <source>The SIM did not accept its PIN after the reboot</source>
        <translation>Die SIM hat ihre PIN nach dem Neustart nicht angenommen</translation>
    </message>
    <message>
        <source>The new firmware may be installed already. Enter the right PIN (the SIM locks after three wrong ones), then read the firmware version.</source>
        <translation>Die neue Firmware ist womöglich schon installiert. Die richtige PIN eingeben (die SIM sperrt nach drei falschen), dann die Firmware-Version lesen.</translation>
    </message>
    <message>
        <source>Switching on the module&apos;s +WDSI indications</source>
        <translation>Schalte die +WDSI-Meldungen des Moduls ein</translation>
    </message>
    <message>
        <source>Install accepted; the module checks the package and starts installing</source>
        <translation>Installation angenommen; das Modul prüft das Paket und beginnt mit der Installation</translation>
    </message>
    <message>
        <source>Unrecognised +WDSI indication</source>
        <translation>Unbekannte +WDSI-Meldung</translation>
    </message>
    <message>
        <source>The module asks again to install</source>
        <translation>Das Modul fragt erneut nach der Installation</translation>
    </message>
    <message>
        <source>Device services report %1</source>
        <translation>Gerätedienste melden %1</translation>
    </message>
    <message>
        <source>The module verified the package&apos;s signature</source>
        <translation>Das Modul hat die Signatur des Pakets geprüft</translation>
    </message>
    <message>
        <source>The module verified the package&apos;s signature; waiting for the install request</source>
        <translation>Das Modul hat die Signatur des Pakets geprüft; warte auf die Installationsanfrage</translation>
    </message>
    <message>
        <source>The module installs the new firmware; it does not answer commands now. Never power it off.</source>
        <translation>Das Modul installiert die neue Firmware; es beantwortet jetzt keine Befehle. Niemals ausschalten.</translation>
    </message>
    <message>
        <source>The module reports a successful update</source>
        <translation>Das Modul meldet ein erfolgreiches Update</translation>
    </message>
    <message>
        <source>The module restarts into the new firmware; waiting for it to come back</source>
        <translation>Das Modul startet mit der neuen Firmware neu; warte auf seine Rückkehr</translation>
    </message>
    <message>
        <source>Found again on %1; waiting for the update result</source>
        <translation>Auf %1 wiedergefunden; warte auf das Update-Ergebnis</translation>
    </message>
    <message>
        <source>Reading the firmware version the module runs now</source>
        <translation>Lese die Firmware-Version, mit der das Modul jetzt läuft</translation>
    </message>
    <message>
        <source>The module does not answer; it may still be installing. Never power it off.</source>
        <translation>Das Modul antwortet nicht; es installiert womöglich noch. Niemals ausschalten.</translation>
    </message>
    <message>
        <source>The module&apos;s firmware version could not be read</source>
        <translation>Die Firmware-Version des Moduls ließ sich nicht lesen</translation>
    </message>
    <message>
        <source>Read it with AT+CGMR before trusting the update.</source>
        <translation>Mit AT+CGMR lesen, bevor man dem Update vertraut.</translation>
    </message>
    <message>
        <source>The module runs %1, expected %2</source>
        <translation>Das Modul läuft mit %1, erwartet war %2</translation>
    </message>
    <message>
        <source>The package may hold another version than its name says; check it before trying again.</source>
        <translation>Das Paket enthält womöglich eine andere Version, als sein Name sagt; vor einem neuen Versuch prüfen.</translation>
    </message>
    <message>
        <source>The module still runs %1</source>
        <translation>Das Modul läuft noch mit %1</translation>
    </message>
    <message>
        <source>The update did not take; check the package&apos;s base version against the module&apos;s.</source>
        <translation>Das Update hat nicht gegriffen; die Basisversion des Pakets mit der des Moduls vergleichen.</translation>
    </message>
    <message>
        <source>cancel refused: the module installs the new firmware on its own now; never power it off</source>
        <translation>Abbruch abgelehnt: das Modul installiert die neue Firmware jetzt selbstständig; niemals ausschalten</translation>
    </message>
    <message>
        <source>Cancelled; the module keeps its current firmware</source>
        <translation>Abgebrochen; das Modul behält seine aktuelle Firmware</translation>
    </message>
    <message>
        <source>The port went away before the install</source>
        <translation>Der Port verschwand vor der Installation</translation>
    </message>
    <message>
        <source>Reconnect the module and start again; its firmware is unchanged.</source>
        <translation>Das Modul wieder anschließen und neu starten; seine Firmware ist unverändert.</translation>
    </message>
    <message>
        <source>no +WDSI: 16 after the restart; reading the firmware version directly</source>
        <translation>kein +WDSI: 16 nach dem Neustart; lese die Firmware-Version direkt</translation>
    </message>
    <message>
        <source>The install did not end within %1 min</source>
        <translation>Die Installation wurde nicht innerhalb von %1 min fertig</translation>
    </message>
    <message>
        <source>Do not power the module off. Wait until it answers again, then read its firmware version (AT+CGMR) before anything else.</source>
        <translation>Das Modul nicht ausschalten. Warten, bis es wieder antwortet, dann vor allem anderen seine Firmware-Version lesen (AT+CGMR).</translation>
    </message>
    <message>
        <source>The module did not come back after its restart</source>
        <translation>Das Modul kam nach seinem Neustart nicht zurück</translation>
    </message>
    <message>
        <source>Check the cable and the module&apos;s power without switching it off; once it is found again, read its firmware version (AT+CGMR).</source>
        <translation>Kabel und Stromversorgung des Moduls prüfen, ohne es auszuschalten; sobald es wiedergefunden ist, seine Firmware-Version lesen (AT+CGMR).</translation>
    </message>
    <message>
        <source>The module did not start the install</source>
        <translation>Das Modul hat die Installation nicht begonnen</translation>
    </message>
    <message>
        <source>Read the firmware version (AT+CGMR) and the +WDSI indications in the log, then start again.</source>
        <translation>Die Firmware-Version (AT+CGMR) und die +WDSI-Meldungen im Log lesen, dann neu starten.</translation>
    </message>
</context>
<context>
    <name>SierraOtaFlow</name>
    <message>
        <source>the request was left unanswered; the module asks again later</source>
        <translation>die Anfrage blieb unbeantwortet; das Modul fragt später erneut</translation>
    </message>
    <message>
        <source>Setting the data connection of the device services</source>
        <translation>Richte die Datenverbindung der Gerätedienste ein</translation>
    </message>
    <message>
        <source>Switching on the download and install agreements</source>
        <translation>Schalte die Zustimmungen zu Download und Installation ein</translation>
    </message>
    <message>
        <source>Opening a device-management session with AirVantage</source>
        <translation>Öffne eine Geräteverwaltungssitzung mit AirVantage</translation>
    </message>
    <message>
        <source>AT+WDSS=1,1 refused; trying AT+WDS=1,1</source>
        <translation>AT+WDSS=1,1 abgelehnt; versuche AT+WDS=1,1</translation>
    </message>
    <message>
        <source>Authenticating with AirVantage</source>
        <translation>Authentifiziere bei AirVantage</translation>
    </message>
    <message>
        <source>AirVantage session activity</source>
        <translation>Aktivität in der AirVantage-Sitzung</translation>
    </message>
    <message>
        <source>Connected to AirVantage; waiting for it to offer a package</source>
        <translation>Mit AirVantage verbunden; warte darauf, dass es ein Paket anbietet</translation>
    </message>
    <message>
        <source>Authenticated with AirVantage</source>
        <translation>Bei AirVantage authentifiziert</translation>
    </message>
    <message>
        <source>AirVantage closed the session without offering a package</source>
        <translation>AirVantage hat die Sitzung beendet, ohne ein Paket anzubieten</translation>
    </message>
    <message>
        <source>Check that a firmware update operation for this module is scheduled on AirVantage, then start again.</source>
        <translation>Prüfen, ob auf AirVantage ein Firmware-Update-Vorgang für dieses Modul geplant ist, dann neu starten.</translation>
    </message>
    <message>
        <source>The AirVantage session closed</source>
        <translation>Die AirVantage-Sitzung wurde beendet</translation>
    </message>
    <message>
        <source>AirVantage offers a package</source>
        <translation>AirVantage bietet ein Paket an</translation>
    </message>
    <message>
        <source>AirVantage offers a package (%1 bytes to download)</source>
        <translation>AirVantage bietet ein Paket an (%1 Byte herunterzuladen)</translation>
    </message>
    <message>
        <source>Package downloaded and stored; the module checks it</source>
        <translation>Paket heruntergeladen und gespeichert; das Modul prüft es</translation>
    </message>
    <message>
        <source>The module downloads the package</source>
        <translation>Das Modul lädt das Paket herunter</translation>
    </message>
    <message>
        <source>Waiting for your answer to the module&apos;s request</source>
        <translation>Warte auf Ihre Antwort auf die Anfrage des Moduls</translation>
    </message>
    <message>
        <source>Connecting to AirVantage</source>
        <translation>Verbinde mit AirVantage</translation>
    </message>
    <message numerus="yes">
        <source>Deferred by %n minute(s); the module asks again then</source>
        <translation>
            <numerusform>Um %n Minute aufgeschoben; das Modul fragt dann erneut</numerusform>
            <numerusform>Um %n Minuten aufgeschoben; das Modul fragt dann erneut</numerusform>
        </translation>
    </message>
    <message>
        <source>Left unanswered; the module asks again later</source>
        <translation>Unbeantwortet gelassen; das Modul fragt später erneut</translation>
    </message>
    <message>
        <source>Cancelled; the AirVantage session is closed and the module keeps its current firmware (a started download resumes next time)</source>
        <translation>Abgebrochen; die AirVantage-Sitzung ist beendet und das Modul behält seine aktuelle Firmware (ein begonnener Download wird beim nächsten Mal fortgesetzt)</translation>
    </message>
    <message>
        <source>The port went away during the download; waiting for the module to resume it</source>
        <translation>Der Port verschwand während des Downloads; warte, bis das Modul ihn fortsetzt</translation>
    </message>
    <message>
        <source>Found again on %1; waiting for the module to offer the rest of the package</source>
        <translation>Auf %1 wiedergefunden; warte, bis das Modul den Rest des Pakets anbietet</translation>
    </message>
    <message>
        <source>The AirVantage session did not open</source>
        <translation>Die AirVantage-Sitzung kam nicht zustande</translation>
    </message>
    <message>
        <source>Check the coverage, the APN of the device services (AT+WDSS?) and that the module is registered on AirVantage, then start again.</source>
        <translation>Netzabdeckung und den APN der Gerätedienste (AT+WDSS?) prüfen und ob das Modul bei AirVantage registriert ist, dann neu starten.</translation>
    </message>
    <message>
        <source>AirVantage offered no package in time</source>
        <translation>AirVantage hat rechtzeitig kein Paket angeboten</translation>
    </message>
    <message>
        <source>The download did not finish in time</source>
        <translation>Der Download wurde nicht rechtzeitig fertig</translation>
    </message>
    <message>
        <source>Check the coverage, then start again: the download resumes where it stopped.</source>
        <translation>Netzabdeckung prüfen, dann neu starten: der Download wird dort fortgesetzt, wo er stehen blieb.</translation>
    </message>
    <message>
        <source>The module did not confirm the downloaded package</source>
        <translation>Das Modul hat das heruntergeladene Paket nicht bestätigt</translation>
    </message>
    <message>
        <source>Read the +WDSI indications in the log, then start again.</source>
        <translation>Die +WDSI-Meldungen im Log lesen, dann neu starten.</translation>
    </message>
    <message>
        <source>The module did not ask to install the package</source>
        <translation>Das Modul hat nicht nach der Installation des Pakets gefragt</translation>
    </message>
</context>
<context>
    <name>SierraXmodemFlow</name>
    <message>
        <source>The package file %1 cannot be read</source>
        <translation>Die Paketdatei %1 lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>Choose the package file (.dwl/.ua for this model) again.</source>
        <translation>Die Paketdatei (.dwl/.ua für dieses Modell) erneut wählen.</translation>
    </message>
    <message>
        <source>The package file %1 is empty</source>
        <translation>Die Paketdatei %1 ist leer</translation>
    </message>
    <message>
        <source>Asking the module to receive %1 bytes</source>
        <translation>Bitte das Modul, %1 Byte zu empfangen</translation>
    </message>
    <message>
        <source>Sending the package with 1K-XMODEM</source>
        <translation>Sende das Paket per 1K-XMODEM</translation>
    </message>
    <message>
        <source>Cancelled during the transfer; the module keeps its current firmware</source>
        <translation>Während der Übertragung abgebrochen; das Modul behält seine aktuelle Firmware</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) sent again during the transfer</source>
        <translation>
            <numerusform>%n Block während der Übertragung erneut gesendet</numerusform>
            <numerusform>%n Blöcke während der Übertragung erneut gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Package sent; waiting for the module to accept it</source>
        <translation>Paket gesendet; warte, bis das Modul es annimmt</translation>
    </message>
    <message>
        <source>The module asks to install another package; ignored</source>
        <translation>Das Modul möchte ein anderes Paket installieren; ignoriert</translation>
    </message>
    <message>
        <source>no +WDSI: 3 after the transfer; asking the module to install anyway</source>
        <translation>kein +WDSI: 3 nach der Übertragung; bitte das Modul trotzdem um die Installation</translation>
    </message>
    <message>
        <source>AT+WDSD refused (%1); trying the application note&apos;s spelling AT+WSDS</source>
        <translation>AT+WDSD abgelehnt (%1); versuche die Schreibweise der Application Note, AT+WSDS</translation>
    </message>
</context>
<context>
    <name>SimcomCflwFlow</name>
    <message>
        <source>Writing the package to the module&apos;s FOTA partition</source>
        <translation>Schreibe das Paket in die FOTA-Partition des Moduls</translation>
    </message>
    <message>
        <source>Erasing the FOTA partition</source>
        <translation>Lösche die FOTA-Partition</translation>
    </message>
    <message>
        <source>Reading the partition back to compare it with the package</source>
        <translation>Lese die Partition zurück, um sie mit dem Paket zu vergleichen</translation>
    </message>
    <message>
        <source>The module&apos;s firmware is unchanged; start the update again when the cause is fixed.</source>
        <translation>Die Firmware des Moduls ist unverändert; das Update erneut starten, wenn die Ursache behoben ist.</translation>
    </message>
    <message>
        <source>flash upload stopped; the partition holds part of the package, which nothing installs without AT+CFOTA=5</source>
        <translation>Schreiben in den Flash angehalten; die Partition enthält einen Teil des Pakets, der ohne AT+CFOTA=5 nicht installiert wird</translation>
    </message>
    <message>
        <source>Writing the package to the FOTA partition, %1 bytes a write</source>
        <translation>Schreibe das Paket in die FOTA-Partition, %1 Byte pro Schreibvorgang</translation>
    </message>
    <message>
        <source>flash upload used %1-byte AT+CFLW writes</source>
        <translation>Schreiben in den Flash mit AT+CFLW-Schreibvorgängen zu je %1 Byte</translation>
    </message>
    <message>
        <source>the module refused a %1-byte AT+CFLW write; trying %2 bytes</source>
        <translation>das Modul hat einen AT+CFLW-Schreibvorgang mit %1 Byte abgelehnt; versuche %2 Byte</translation>
    </message>
    <message>
        <source>Writing the package to the FOTA partition, %1 bytes a write (the module refused %2)</source>
        <translation>Schreibe das Paket in die FOTA-Partition, %1 Byte pro Schreibvorgang (das Modul lehnte %2 ab)</translation>
    </message>
    <message>
        <source>the module did not take the bytes written at offset %1 (%2); writing them again (%3)</source>
        <translation>das Modul hat die an Offset %1 geschriebenen Bytes nicht angenommen (%2); schreibe sie erneut (%3)</translation>
    </message>
</context>
<context>
    <name>SimcomDriver</name>
    <message>
        <source>%1 is inhibited while a SIM7020 update runs (it would break the update)</source>
        <translation>%1 ist gesperrt, solange ein SIM7020-Update läuft (es würde das Update abbrechen)</translation>
    </message>
</context>
<context>
    <name>SimcomError</name>
    <message>
        <source>The module refused %1 (%2)</source>
        <translation>Das Modul hat %1 abgelehnt (%2)</translation>
    </message>
    <message>
        <source>The SIM is missing, locked or refused its PIN. Check the SIM and give its PIN (the SIM locks after three wrong ones), then start again.</source>
        <translation>Die SIM fehlt, ist gesperrt oder hat ihre PIN abgelehnt. Die SIM prüfen und ihre PIN angeben (die SIM sperrt nach drei falschen), dann neu starten.</translation>
    </message>
    <message>
        <source>The module has no network service. Check the antenna, the coverage (AT+CSQ) and the registration (AT+CGREG?), then start again.</source>
        <translation>Das Modul hat keinen Netzdienst. Antenne, Netzabdeckung (AT+CSQ) und Einbuchung (AT+CGREG?) prüfen, dann neu starten.</translation>
    </message>
    <message>
        <source>The module&apos;s memory is full. Restart the module, then start again.</source>
        <translation>Der Speicher des Moduls ist voll. Das Modul neu starten, dann das Update neu starten.</translation>
    </message>
    <message>
        <source>Check that the firmware supports this update method, that no other update or download runs on the module, then start again.</source>
        <translation>Prüfen, ob die Firmware diese Update-Methode unterstützt und auf dem Modul kein anderes Update und kein anderer Download läuft, dann neu starten.</translation>
    </message>
    <message>
        <source>The package does not fit the module&apos;s file system</source>
        <translation>Das Paket passt nicht in das Dateisystem des Moduls</translation>
    </message>
    <message>
        <source>Use a delta package for this module, not a full image.</source>
        <translation>Ein Delta-Paket für dieses Modul verwenden, kein vollständiges Abbild.</translation>
    </message>
    <message>
        <source>The connection to the package server was reset during the download</source>
        <translation>Die Verbindung zum Paketserver wurde während des Downloads zurückgesetzt</translation>
    </message>
    <message>
        <source>Check the coverage and that FotaDesk&apos;s package server is still running, then start again.</source>
        <translation>Netzabdeckung prüfen und ob der Paketserver von FotaDesk noch läuft, dann neu starten.</translation>
    </message>
    <message>
        <source>The module could not download the package (network error %1)</source>
        <translation>Das Modul konnte das Paket nicht herunterladen (Netzwerkfehler %1)</translation>
    </message>
    <message>
        <source>Check that the module has a data connection (AT+CGACT?, AT+CGCONTRDP) and can reach FotaDesk&apos;s package server, then start again.</source>
        <translation>Prüfen, ob das Modul eine Datenverbindung hat (AT+CGACT?, AT+CGCONTRDP) und den Paketserver von FotaDesk erreicht, dann neu starten.</translation>
    </message>
    <message>
        <source>The package server answered HTTP %1</source>
        <translation>Der Paketserver antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>The package is not (or no longer) served at that address. Start the update again so FotaDesk serves it anew, or check the URL given.</source>
        <translation>Das Paket wird unter dieser Adresse nicht (mehr) bereitgestellt. Das Update erneut starten, damit FotaDesk es neu bereitstellt, oder die angegebene URL prüfen.</translation>
    </message>
    <message>
        <source>The package server has a problem; check its log, then start again.</source>
        <translation>Der Paketserver hat ein Problem; sein Log prüfen, dann neu starten.</translation>
    </message>
    <message>
        <source>Check the URL and the server&apos;s access rules, then start again.</source>
        <translation>URL und Zugriffsregeln des Servers prüfen, dann neu starten.</translation>
    </message>
</context>
<context>
    <name>SimcomFlow</name>
    <message>
        <source>No module session to update</source>
        <translation>Keine Modulsitzung zum Aktualisieren</translation>
    </message>
    <message>
        <source>Preparing the update</source>
        <translation>Bereite das Update vor</translation>
    </message>
    <message>
        <source>The SIM did not accept its PIN after the restart</source>
        <translation>Die SIM hat ihre PIN nach dem Neustart nicht angenommen</translation>
    </message>
    <message>
        <source>The new firmware may be installed already. Enter the right PIN (the SIM locks after three wrong ones), then read the firmware version with AT+CGMR.</source>
        <translation>Die neue Firmware ist womöglich schon installiert. Die richtige PIN eingeben (die SIM sperrt nach drei falschen), dann die Firmware-Version mit AT+CGMR lesen.</translation>
    </message>
    <message>
        <source>Checking the serial rate: the SIM7020 reports its progress only at a fixed rate</source>
        <translation>Prüfe die serielle Rate: das SIM7020 meldet seinen Fortschritt nur bei fester Rate</translation>
    </message>
    <message>
        <source>serial rate fixed at %1 already</source>
        <translation>serielle Rate bereits fest auf %1</translation>
    </message>
    <message>
        <source>The serial rate in use is not known</source>
        <translation>Die verwendete serielle Rate ist unbekannt</translation>
    </message>
    <message>
        <source>Open the port at a fixed rate and start again.</source>
        <translation>Den Port mit einer festen Rate öffnen und neu starten.</translation>
    </message>
    <message>
        <source>serial rate fixed at %1 (it was on autobaud)</source>
        <translation>serielle Rate auf %1 festgelegt (sie war auf automatisch)</translation>
    </message>
    <message>
        <source>The module did not answer %1</source>
        <translation>Das Modul hat auf %1 nicht geantwortet</translation>
    </message>
    <message>
        <source>Check the cable and the serial rate, then start again.</source>
        <translation>Kabel und serielle Rate prüfen, dann neu starten.</translation>
    </message>
    <message>
        <source>The port went away before the update started</source>
        <translation>Der Port verschwand, bevor das Update begann</translation>
    </message>
    <message>
        <source>Reconnect the module and start again; its firmware is unchanged.</source>
        <translation>Das Modul wieder anschließen und neu starten; seine Firmware ist unverändert.</translation>
    </message>
    <message>
        <source>The port went away before the install started</source>
        <translation>Der Port verschwand, bevor die Installation begann</translation>
    </message>
    <message>
        <source>The module&apos;s firmware is unchanged. Reconnect it and start the update again.</source>
        <translation>Die Firmware des Moduls ist unverändert. Wieder anschließen und das Update erneut starten.</translation>
    </message>
    <message>
        <source>cancel refused: the module downloads the package on its own now and installs it afterwards; it cannot be stopped from here</source>
        <translation>Abbruch abgelehnt: das Modul lädt das Paket jetzt selbstständig herunter und installiert es danach; von hier aus lässt es sich nicht anhalten</translation>
    </message>
    <message>
        <source>cancel refused: the module checks or installs the package now; never interrupt it</source>
        <translation>Abbruch abgelehnt: das Modul prüft oder installiert das Paket gerade; niemals unterbrechen</translation>
    </message>
    <message>
        <source>Cancelled; the module keeps its current firmware</source>
        <translation>Abgebrochen; das Modul behält seine aktuelle Firmware</translation>
    </message>
    <message>
        <source>The module did not restart within %1 s of starting the install</source>
        <translation>Das Modul ist nicht innerhalb von %1 s nach dem Start der Installation neu gestartet</translation>
    </message>
    <message>
        <source>It may still be installing: never power it off. Wait, then read its firmware version with AT+CGMR.</source>
        <translation>Es installiert womöglich noch: niemals ausschalten. Warten, dann seine Firmware-Version mit AT+CGMR lesen.</translation>
    </message>
    <message>
        <source>The module did not come back within %1 s of its restart</source>
        <translation>Das Modul kam nicht innerhalb von %1 s nach seinem Neustart zurück</translation>
    </message>
    <message>
        <source>It may still be installing: never power it off. When it is back, FotaDesk finds it again; read its firmware version with AT+CGMR.</source>
        <translation>Es installiert womöglich noch: niemals ausschalten. Ist es zurück, findet FotaDesk es wieder; seine Firmware-Version mit AT+CGMR lesen.</translation>
    </message>
    <message>
        <source>no update result reported; reading the firmware version directly</source>
        <translation>kein Update-Ergebnis gemeldet; lese die Firmware-Version direkt</translation>
    </message>
    <message>
        <source>The module checks the package (%1 bytes, MD5 %2) before it installs it</source>
        <translation>Das Modul prüft das Paket (%1 Byte, MD5 %2), bevor es es installiert</translation>
    </message>
    <message>
        <source>no answer to AT+CFOTA=5; the module may be installing already</source>
        <translation>keine Antwort auf AT+CFOTA=5; das Modul installiert womöglich bereits</translation>
    </message>
    <message>
        <source>The module rejected the package: its size or MD5 does not match what the module holds</source>
        <translation>Das Modul hat das Paket abgelehnt: Größe oder MD5 passen nicht zu dem, was auf dem Modul liegt</translation>
    </message>
    <message>
        <source>The package on the module is damaged or incomplete. Put it on the module again, and check that the catalog&apos;s MD5 is the package&apos;s; the firmware is unchanged.</source>
        <translation>Das Paket auf dem Modul ist beschädigt oder unvollständig. Es erneut auf das Modul bringen und prüfen, ob der MD5 im Katalog der des Pakets ist; die Firmware ist unverändert.</translation>
    </message>
    <message>
        <source>Installing: the module flashes the new firmware and restarts (about 10 minutes). Never power it off.</source>
        <translation>Installation: das Modul schreibt die neue Firmware und startet neu (etwa 10 Minuten). Niemals ausschalten.</translation>
    </message>
    <message>
        <source>The module restarts to install the update; waiting for it to come back. Never power it off.</source>
        <translation>Das Modul startet neu, um das Update zu installieren; warte auf seine Rückkehr. Niemals ausschalten.</translation>
    </message>
    <message>
        <source>The module started again</source>
        <translation>Das Modul ist neu gestartet</translation>
    </message>
    <message>
        <source>The module starts the update and will restart</source>
        <translation>Das Modul beginnt das Update und wird neu starten</translation>
    </message>
    <message>
        <source>The module reports a successful update</source>
        <translation>Das Modul meldet ein erfolgreiches Update</translation>
    </message>
    <message>
        <source>The module reports that the update failed</source>
        <translation>Das Modul meldet, dass das Update fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>The module keeps its current firmware. The package is probably a delta for another base version: check it against the firmware the module runs (AT+CGMR).</source>
        <translation>Das Modul behält seine aktuelle Firmware. Das Paket ist wohl ein Delta für eine andere Basisversion: es mit der Firmware vergleichen, mit der das Modul läuft (AT+CGMR).</translation>
    </message>
    <message>
        <source>Unrecognised update report</source>
        <translation>Unbekannte Update-Meldung</translation>
    </message>
    <message>
        <source>Found again on %1</source>
        <translation>Auf %1 wiedergefunden</translation>
    </message>
    <message>
        <source>Waiting for the module to report the update&apos;s result; it may still be flashing. Never power it off.</source>
        <translation>Warte, bis das Modul das Ergebnis des Updates meldet; es schreibt womöglich noch in den Flash. Niemals ausschalten.</translation>
    </message>
    <message>
        <source>Reading the firmware version the module runs now</source>
        <translation>Lese die Firmware-Version, mit der das Modul jetzt läuft</translation>
    </message>
    <message>
        <source>The module&apos;s firmware version could not be read (%1)</source>
        <translation>Die Firmware-Version des Moduls ließ sich nicht lesen (%1)</translation>
    </message>
    <message>
        <source>The module reported no result and may still be installing: never power it off. Wait, then read the version with AT+CGMR.</source>
        <translation>Das Modul hat kein Ergebnis gemeldet und installiert womöglich noch: niemals ausschalten. Warten, dann die Version mit AT+CGMR lesen.</translation>
    </message>
    <message>
        <source>Read it with AT+CGMR before trusting the update.</source>
        <translation>Mit AT+CGMR lesen, bevor man dem Update vertraut.</translation>
    </message>
    <message>
        <source>The module runs %1, expected %2</source>
        <translation>Das Modul läuft mit %1, erwartet war %2</translation>
    </message>
    <message>
        <source>The package may not apply to this module&apos;s base firmware; check the package against the firmware the module ran before (%1).</source>
        <translation>Das Paket passt womöglich nicht zur Basis-Firmware des Moduls; das Paket mit der Firmware vergleichen, mit der das Modul vorher lief (%1).</translation>
    </message>
    <message>
        <source>The module still runs %1</source>
        <translation>Das Modul läuft noch mit %1</translation>
    </message>
    <message>
        <source>The install did not take; check the package and the module&apos;s log.</source>
        <translation>Die Installation hat nicht gegriffen; Paket und Log des Moduls prüfen.</translation>
    </message>
</context>
<context>
    <name>SimcomHttpFsFlow</name>
    <message>
        <source>No valid http(s) URL for the module to download from</source>
        <translation>Keine gültige http(s)-URL, von der das Modul laden kann</translation>
    </message>
    <message>
        <source>Start FotaDesk&apos;s package server so it serves the package, or give the package&apos;s URL.</source>
        <translation>Den Paketserver von FotaDesk starten, damit er das Paket bereitstellt, oder die URL des Pakets angeben.</translation>
    </message>
    <message>
        <source>The package (%1 bytes) is larger than the module&apos;s FOTA partition (%2 bytes)</source>
        <translation>Das Paket (%1 Byte) ist größer als die FOTA-Partition des Moduls (%2 Byte)</translation>
    </message>
    <message>
        <source>Use a delta package for this module, not a full image.</source>
        <translation>Ein Delta-Paket für dieses Modul verwenden, kein vollständiges Abbild.</translation>
    </message>
    <message>
        <source>Creating the module&apos;s HTTP client for %1</source>
        <translation>Lege den HTTP-Client des Moduls für %1 an</translation>
    </message>
    <message>
        <source>The module could not create an HTTP client</source>
        <translation>Das Modul konnte keinen HTTP-Client anlegen</translation>
    </message>
    <message>
        <source>All its HTTP client instances may be in use by another application: release them (AT+CHTTPDESTROY=&lt;id&gt;) or restart the module, then start again.</source>
        <translation>Womöglich belegt eine andere Anwendung alle seine HTTP-Client-Instanzen: sie freigeben (AT+CHTTPDESTROY=&lt;id&gt;) oder das Modul neu starten, dann das Update neu starten.</translation>
    </message>
    <message>
        <source>The module&apos;s answer to AT+CHTTPCREATE names no client</source>
        <translation>Die Antwort des Moduls auf AT+CHTTPCREATE nennt keinen Client</translation>
    </message>
    <message>
        <source>Check that the firmware supports AT+CHTTPCREATE, then start again.</source>
        <translation>Prüfen, ob die Firmware AT+CHTTPCREATE unterstützt, dann neu starten.</translation>
    </message>
    <message>
        <source>Connecting the module to %1</source>
        <translation>Verbinde das Modul mit %1</translation>
    </message>
    <message>
        <source>The module could not connect to the package server at %1</source>
        <translation>Das Modul konnte sich nicht mit dem Paketserver unter %1 verbinden</translation>
    </message>
    <message>
        <source>Check the module&apos;s data connection (AT+CGACT?, AT+CGCONTRDP) and that the server&apos;s address is reachable from the module&apos;s network: a real module cannot reach a server listening on 127.0.0.1.</source>
        <translation>Die Datenverbindung des Moduls prüfen (AT+CGACT?, AT+CGCONTRDP) und ob die Adresse des Servers aus dem Netz des Moduls erreichbar ist: ein echtes Modul erreicht keinen Server, der auf 127.0.0.1 lauscht.</translation>
    </message>
    <message>
        <source>The module downloads the package from %1</source>
        <translation>Das Modul lädt das Paket von %1 herunter</translation>
    </message>
    <message>
        <source>The module downloads the package (%1 of %2 bytes)</source>
        <translation>Das Modul lädt das Paket herunter (%1 von %2 Byte)</translation>
    </message>
    <message>
        <source>The module downloads the package (%1 bytes)</source>
        <translation>Das Modul lädt das Paket herunter (%1 Byte)</translation>
    </message>
    <message>
        <source>The module stored %1 of %2 bytes</source>
        <translation>Das Modul hat %1 von %2 Byte gespeichert</translation>
    </message>
    <message>
        <source>The download was cut short. Check the coverage, then start again; the firmware is unchanged.</source>
        <translation>Der Download brach vorzeitig ab. Netzabdeckung prüfen, dann neu starten; die Firmware ist unverändert.</translation>
    </message>
    <message>
        <source>The server sent %1 bytes; the package has %2</source>
        <translation>Der Server hat %1 Byte gesendet; das Paket hat %2</translation>
    </message>
    <message>
        <source>The URL serves another file than the package. Check the URL, then start again; the firmware is unchanged.</source>
        <translation>Die URL liefert eine andere Datei als das Paket. Die URL prüfen, dann neu starten; die Firmware ist unverändert.</translation>
    </message>
    <message>
        <source>The package is stored on the module (%1 bytes)</source>
        <translation>Das Paket ist auf dem Modul gespeichert (%1 Byte)</translation>
    </message>
    <message>
        <source>closing the HTTP client: %1</source>
        <translation>HTTP-Client schließen: %1</translation>
    </message>
    <message>
        <source>The download did not finish within %1 s</source>
        <translation>Der Download wurde nicht innerhalb von %1 s fertig</translation>
    </message>
    <message>
        <source>Check the coverage and that FotaDesk&apos;s package server still runs, then start again; the download starts over.</source>
        <translation>Netzabdeckung prüfen und ob der Paketserver von FotaDesk noch läuft, dann neu starten; der Download beginnt von vorn.</translation>
    </message>
</context>
<context>
    <name>SimcomOtaFlow</name>
    <message>
        <source>Asking the module&apos;s FOTA server for a new firmware</source>
        <translation>Frage den FOTA-Server des Moduls nach einer neuen Firmware</translation>
    </message>
    <message>
        <source>Unrecognised update report</source>
        <translation>Unbekannte Update-Meldung</translation>
    </message>
    <message>
        <source>The module continues the download where it stopped</source>
        <translation>Das Modul setzt den Download dort fort, wo er stehen blieb</translation>
    </message>
    <message>
        <source>The module downloads the new firmware</source>
        <translation>Das Modul lädt die neue Firmware herunter</translation>
    </message>
    <message>
        <source>Download complete; the module checks the package</source>
        <translation>Download abgeschlossen; das Modul prüft das Paket</translation>
    </message>
    <message>
        <source>The FOTA server has no update for this module</source>
        <translation>Der FOTA-Server hat kein Update für dieses Modul</translation>
    </message>
    <message>
        <source>The module may run the newest firmware already (%1). Check that the FOTA server offers a package for this firmware, then start again.</source>
        <translation>Das Modul läuft womöglich schon mit der neuesten Firmware (%1). Prüfen, ob der FOTA-Server ein Paket für diese Firmware anbietet, dann neu starten.</translation>
    </message>
    <message>
        <source>The download is paused; it was asked to continue already</source>
        <translation>Der Download ist pausiert; die Fortsetzung wurde bereits angefordert</translation>
    </message>
    <message>
        <source>The module rejected the downloaded package</source>
        <translation>Das Modul hat das heruntergeladene Paket abgelehnt</translation>
    </message>
    <message>
        <source>The package failed the module&apos;s check and was not installed; the firmware is unchanged. Ask the FOTA server&apos;s operator to check the package, then start again.</source>
        <translation>Das Paket hat die Prüfung des Moduls nicht bestanden und wurde nicht installiert; die Firmware ist unverändert. Den Betreiber des FOTA-Servers bitten, das Paket zu prüfen, dann neu starten.</translation>
    </message>
    <message>
        <source>The module could not download the package</source>
        <translation>Das Modul konnte das Paket nicht herunterladen</translation>
    </message>
    <message>
        <source>Check the coverage (AT+CSQ), the data connection (AT+CGACT?) and that the FOTA server is reachable, then start again; the firmware is unchanged.</source>
        <translation>Netzabdeckung (AT+CSQ) und Datenverbindung (AT+CGACT?) prüfen und ob der FOTA-Server erreichbar ist, dann neu starten; die Firmware ist unverändert.</translation>
    </message>
    <message>
        <source>The module reports that the update failed</source>
        <translation>Das Modul meldet, dass das Update fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>The module keeps its current firmware. Check with the FOTA server&apos;s operator that the package is for firmware %1.</source>
        <translation>Das Modul behält seine aktuelle Firmware. Mit dem Betreiber des FOTA-Servers klären, ob das Paket für Firmware %1 ist.</translation>
    </message>
    <message>
        <source>Update report ignored before the download</source>
        <translation>Update-Meldung vor dem Download ignoriert</translation>
    </message>
    <message>
        <source>The download paused %1 times</source>
        <translation>Der Download wurde %1-mal unterbrochen</translation>
    </message>
    <message>
        <source>The coverage is probably too weak. Move the module or its antenna, then start again: the download continues where it stopped.</source>
        <translation>Die Netzabdeckung ist wohl zu schwach. Das Modul oder seine Antenne versetzen, dann neu starten: der Download wird dort fortgesetzt, wo er stehen blieb.</translation>
    </message>
    <message>
        <source>Asking the module to continue the download</source>
        <translation>Bitte das Modul, den Download fortzusetzen</translation>
    </message>
    <message>
        <source>The port went away during the download; the module continues it after its restart</source>
        <translation>Der Port verschwand während des Downloads; das Modul setzt ihn nach seinem Neustart fort</translation>
    </message>
    <message>
        <source>Found again on %1; the download continues</source>
        <translation>Auf %1 wiedergefunden; der Download wird fortgesetzt</translation>
    </message>
    <message>
        <source>The FOTA server offered no package within %1 s</source>
        <translation>Der FOTA-Server hat innerhalb von %1 s kein Paket angeboten</translation>
    </message>
    <message>
        <source>Check the coverage and that the FOTA server has a package for firmware %1, then start again.</source>
        <translation>Netzabdeckung prüfen und ob der FOTA-Server ein Paket für Firmware %1 hat, dann neu starten.</translation>
    </message>
    <message>
        <source>The download did not finish within %1 s</source>
        <translation>Der Download wurde nicht innerhalb von %1 s fertig</translation>
    </message>
    <message>
        <source>The module keeps what it has: starting the update again continues the download. Check the coverage (AT+CSQ).</source>
        <translation>Das Modul behält, was es schon hat: ein erneuter Start des Updates setzt den Download fort. Die Netzabdeckung prüfen (AT+CSQ).</translation>
    </message>
    <message>
        <source>The module did not start the update within %1 s of the download</source>
        <translation>Das Modul hat das Update nicht innerhalb von %1 s nach dem Download begonnen</translation>
    </message>
    <message>
        <source>Read its firmware version with AT+CGMR; if it is unchanged, start again.</source>
        <translation>Seine Firmware-Version mit AT+CGMR lesen; ist sie unverändert, neu starten.</translation>
    </message>
    <message>
        <source>The module did not come back within %1 s</source>
        <translation>Das Modul kam nicht innerhalb von %1 s zurück</translation>
    </message>
    <message>
        <source>Reconnect it; starting the update again continues the download.</source>
        <translation>Wieder anschließen; ein erneuter Start des Updates setzt den Download fort.</translation>
    </message>
    <message>
        <source>Reporting the result to the FOTA server</source>
        <translation>Melde das Ergebnis an den FOTA-Server</translation>
    </message>
    <message>
        <source>Verified: running %1; the result was reported to the FOTA server</source>
        <translation>Geprüft: läuft mit %1; das Ergebnis wurde an den FOTA-Server gemeldet</translation>
    </message>
    <message>
        <source>reporting the result to the FOTA server failed: %1</source>
        <translation>Melden des Ergebnisses an den FOTA-Server fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Verified: running %1 (the FOTA server was not told: %2)</source>
        <translation>Geprüft: läuft mit %1 (der FOTA-Server wurde nicht benachrichtigt: %2)</translation>
    </message>
</context>
<context>
    <name>SimcomPackage</name>
    <message>
        <source>The package&apos;s MD5 is not 32 hex digits</source>
        <translation>Der MD5 des Pakets hat nicht 32 Hex-Ziffern</translation>
    </message>
    <message>
        <source>Check the package catalog entry.</source>
        <translation>Den Eintrag im Paketkatalog prüfen.</translation>
    </message>
    <message>
        <source>No package file is given</source>
        <translation>Keine Paketdatei angegeben</translation>
    </message>
    <message>
        <source>Choose the package file to put on the module.</source>
        <translation>Die Paketdatei wählen, die auf das Modul soll.</translation>
    </message>
    <message>
        <source>The package file %1 cannot be read</source>
        <translation>Die Paketdatei %1 lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>Check that the file exists and is readable.</source>
        <translation>Prüfen, ob die Datei existiert und lesbar ist.</translation>
    </message>
    <message>
        <source>The package file is empty</source>
        <translation>Die Paketdatei ist leer</translation>
    </message>
    <message>
        <source>Check the package file.</source>
        <translation>Die Paketdatei prüfen.</translation>
    </message>
    <message>
        <source>The package (%1 bytes) is larger than the module&apos;s FOTA partition (%2 bytes)</source>
        <translation>Das Paket (%1 Byte) ist größer als die FOTA-Partition des Moduls (%2 Byte)</translation>
    </message>
    <message>
        <source>Use a delta package for this module, not a full image.</source>
        <translation>Ein Delta-Paket für dieses Modul verwenden, kein vollständiges Abbild.</translation>
    </message>
    <message>
        <source>The package file cannot be opened: %1</source>
        <translation>Die Paketdatei lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>The package file has %1 bytes, the catalog says %2</source>
        <translation>Die Paketdatei hat %1 Byte, laut Katalog %2</translation>
    </message>
    <message>
        <source>The file changed since it was catalogued. Add it to the catalog again, or fetch a fresh copy.</source>
        <translation>Die Datei hat sich seit der Aufnahme in den Katalog geändert. Sie erneut in den Katalog aufnehmen oder eine frische Kopie holen.</translation>
    </message>
    <message>
        <source>The package file&apos;s MD5 %1 is not the catalog&apos;s %2</source>
        <translation>Der MD5 %1 der Paketdatei ist nicht der aus dem Katalog (%2)</translation>
    </message>
    <message>
        <source>The file changed or was damaged since it was catalogued. Add it to the catalog again, or fetch a fresh copy; nothing was sent to the module.</source>
        <translation>Die Datei wurde seit der Aufnahme in den Katalog geändert oder beschädigt. Sie erneut in den Katalog aufnehmen oder eine frische Kopie holen; an das Modul wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>Snfota</name>
    <message>
        <source>url reads back as &quot;%1&quot;</source>
        <translation>url liest sich zurück als „%1“</translation>
    </message>
    <message>
        <source>crc reads back as &quot;%1&quot;</source>
        <translation>crc liest sich zurück als „%1“</translation>
    </message>
    <message>
        <source>conid reads back as %1</source>
        <translation>conid liest sich zurück als %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>urc reads back as %1</source>
        <translation>urc liest sich zurück als %1</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>kein Fehler</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Start the download again; it resumes. If the error repeats, restart the module.</source>
        <translation>Den Download erneut starten; er wird fortgesetzt. Wiederholt sich der Fehler, das Modul neu starten.</translation>
    </message>
    <message>
        <source>the download server reported an error</source>
        <translation>der Download-Server hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>Check that the package server is running and serves the URL, then start again.</source>
        <translation>Prüfen, ob der Paketserver läuft und die URL bereitstellt, dann neu starten.</translation>
    </message>
    <message>
        <source>socket error</source>
        <translation>Socket-Fehler</translation>
    </message>
    <message>
        <source>Check the APN, the coverage and that the server&apos;s port is reachable from the mobile network (firewall), then start again; the download resumes.</source>
        <translation>APN und Netzabdeckung prüfen und ob der Port des Servers aus dem Mobilfunknetz erreichbar ist (Firewall), dann neu starten; der Download wird fortgesetzt.</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>die Verbindung hat das Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>Check the server address, port and URL. For an https URL the module needs the server&apos;s CA certificate (AT^SBNW=is_cert,&lt;n&gt;).</source>
        <translation>Serveradresse, Port und URL prüfen. Für eine https-URL braucht das Modul das CA-Zertifikat des Servers (AT^SBNW=is_cert,&lt;n&gt;).</translation>
    </message>
    <message>
        <source>file error</source>
        <translation>Dateifehler</translation>
    </message>
    <message>
        <source>Check the package file on the server (present, readable, not empty) and start again.</source>
        <translation>Die Paketdatei auf dem Server prüfen (vorhanden, lesbar, nicht leer) und neu starten.</translation>
    </message>
    <message>
        <source>not enough space for the package</source>
        <translation>nicht genug Platz für das Paket</translation>
    </message>
    <message>
        <source>The FOTA partition holds 11 MB: this is probably a full image. Use the delta package from the module&apos;s current firmware.</source>
        <translation>Die FOTA-Partition fasst 11 MB: das ist wohl ein vollständiges Abbild. Das Delta-Paket ab der aktuellen Firmware des Moduls verwenden.</translation>
    </message>
    <message>
        <source>firmware not available on the server</source>
        <translation>Firmware auf dem Server nicht verfügbar</translation>
    </message>
    <message>
        <source>The server has no file at this URL (HTTP 404): check the URL and that the package is published.</source>
        <translation>Der Server hat unter dieser URL keine Datei (HTTP 404): die URL prüfen und ob das Paket veröffentlicht ist.</translation>
    </message>
    <message>
        <source>integrity check failed: the SHA-256 does not match</source>
        <translation>Integritätsprüfung fehlgeschlagen: der SHA-256 stimmt nicht überein</translation>
    </message>
    <message>
        <source>The downloaded file differs from the package FotaDesk hashed: check that the server serves the same file, then start again.</source>
        <translation>Die heruntergeladene Datei weicht von dem Paket ab, dessen Hash FotaDesk berechnet hat: prüfen, ob der Server dieselbe Datei liefert, dann neu starten.</translation>
    </message>
    <message>
        <source>the download was stopped (user break)</source>
        <translation>der Download wurde angehalten (Benutzerabbruch)</translation>
    </message>
    <message>
        <source>Start the update again to resume the download.</source>
        <translation>Das Update erneut starten, um den Download fortzusetzen.</translation>
    </message>
    <message>
        <source>the PDP context could not be activated</source>
        <translation>der PDP-Kontext ließ sich nicht aktivieren</translation>
    </message>
    <message>
        <source>Check the APN, the user name and password (AT^SGAUTH), and that the SIM has data service.</source>
        <translation>APN, Benutzername und Passwort (AT^SGAUTH) prüfen und ob die SIM einen Datendienst hat.</translation>
    </message>
    <message>
        <source>a configuration parameter is invalid</source>
        <translation>ein Konfigurationsparameter ist ungültig</translation>
    </message>
    <message>
        <source>Check the URL, the connection id and the SHA-256 written with AT^SNFOTA.</source>
        <translation>URL, Verbindungs-ID und den mit AT^SNFOTA geschriebenen SHA-256 prüfen.</translation>
    </message>
    <message>
        <source>error %1, not documented</source>
        <translation>Fehler %1, nicht dokumentiert</translation>
    </message>
    <message>
        <source>Start the download again; if the error repeats, read the module&apos;s settings with AT^SNFOTA? and contact support.</source>
        <translation>Den Download erneut starten; wiederholt sich der Fehler, die Einstellungen des Moduls mit AT^SNFOTA? lesen und den Support kontaktieren.</translation>
    </message>
</context>
<context>
    <name>StatusCounts</name>
    <message>
        <source>Modules: %1</source>
        <translation>Module: %1</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Laufend: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <source>Ports without a module: %1</source>
        <translation>Ports ohne Modul: %1</translation>
    </message>
</context>
<context>
    <name>StepModel</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>der Ordner von %1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>the store is not open</source>
        <translation>der Speicher ist nicht geöffnet</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>a write from outside the engine thread was refused</source>
        <translation>ein Schreibzugriff von außerhalb des Engine-Threads wurde abgelehnt</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>eine Transaktion lässt sich nicht beginnen: %1</translation>
    </message>
    <message>
        <source>the schema version cannot be read</source>
        <translation>die Schemaversion lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this FotaDesk knows (%2); use a newer FotaDesk</source>
        <translation>die Datenbank hat Schemaversion %1, neuer als dieses FotaDesk kennt (%2); ein neueres FotaDesk verwenden</translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation>Migration auf Schema %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>PRAGMA journal_mode=WAL failed: %1</source>
        <translation>PRAGMA journal_mode=WAL fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the store cannot be locked for its schema check: %1</source>
        <translation>der Speicher lässt sich für die Schemaprüfung nicht sperren: %1</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>disk full</source>
        <translation>Datenträger voll</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>disk I/O error</source>
        <translation>E/A-Fehler des Datenträgers</translation>
    </message>
    <message>
        <source>locked by another program</source>
        <translation>von einem anderen Programm gesperrt</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
</context>
<context>
    <name>SupportBundle</name>
    <message>
        <source>the history database is not open</source>
        <translation>die Verlaufsdatenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>%1 is neither a module in the inventory nor a port present now</source>
        <translation>%1 ist weder ein Modul im Bestand noch ein jetzt vorhandener Port</translation>
    </message>
    <message>
        <source>no module in the inventory matches %1</source>
        <translation>kein Modul im Bestand passt zu %1</translation>
    </message>
    <message>
        <source>not a USB port the system lists</source>
        <translation>kein USB-Port, den das System auflistet</translation>
    </message>
    <message>
        <source>[the first %1 bytes are left out]</source>
        <translation>[die ersten %1 Bytes sind ausgelassen]</translation>
    </message>
    <message>
        <source>the history database %1 cannot be opened: %2</source>
        <translation>die Verlaufsdatenbank %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Diagnostics written to %1 (%n file(s), secrets masked).</source>
        <translation>
            <numerusform>Diagnosedaten nach %1 geschrieben (%n Datei, Geheimnisse maskiert).</numerusform>
            <numerusform>Diagnosedaten nach %1 geschrieben (%n Dateien, Geheimnisse maskiert).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TelitPfmDriver</name>
    <message>
        <source>%1 is inhibited while a Telit PFM update runs (it would break the download)</source>
        <translation>%1 ist gesperrt, solange ein Telit-PFM-Update läuft (es würde den Download abbrechen)</translation>
    </message>
    <message>
        <source>%1 is reserved for the running Telit PFM update (it would answer its server or change its registration)</source>
        <translation>%1 ist für das laufende Telit-PFM-Update reserviert (es würde dessen Server antworten oder seine Registrierung ändern)</translation>
    </message>
</context>
<context>
    <name>TelitPfmFlow</name>
    <message>
        <source>No module session to update</source>
        <translation>Keine Modulsitzung zum Aktualisieren</translation>
    </message>
    <message>
        <source>The SIM did not accept its PIN after the reboot</source>
        <translation>Die SIM hat ihre PIN nach dem Neustart nicht angenommen</translation>
    </message>
    <message>
        <source>The new firmware may be installed already. Enter the right PIN (the SIM locks after three wrong ones), then read the firmware version.</source>
        <translation>Die neue Firmware ist womöglich schon installiert. Die richtige PIN eingeben (die SIM sperrt nach drei falschen), dann die Firmware-Version lesen.</translation>
    </message>
    <message>
        <source>Checking the serial rate: with autobauding the events after the reboot are lost</source>
        <translation>Prüfe die serielle Rate: mit automatischer Baudrate gehen die Ereignisse nach dem Neustart verloren</translation>
    </message>
    <message>
        <source>The port went away during %1</source>
        <translation>Der Port verschwand während %1</translation>
    </message>
    <message>
        <source>Reconnect the module and start again; its firmware is unchanged.</source>
        <translation>Das Modul wieder anschließen und neu starten; seine Firmware ist unverändert.</translation>
    </message>
    <message>
        <source>The module did not answer %1</source>
        <translation>Das Modul hat auf %1 nicht geantwortet</translation>
    </message>
    <message>
        <source>Check the cable and the serial rate, then start again.</source>
        <translation>Kabel und serielle Rate prüfen, dann neu starten.</translation>
    </message>
    <message>
        <source>The module refused %1 (%2)</source>
        <translation>Das Modul hat %1 abgelehnt (%2)</translation>
    </message>
    <message>
        <source>Check that the firmware supports Premium FOTA Management (10.00.xx3/xx4, 12.00.xx.2, 13.00.xx2 or later) and the server settings.</source>
        <translation>Prüfen, ob die Firmware Premium FOTA Management unterstützt (10.00.xx3/xx4, 12.00.xx.2, 13.00.xx2 oder neuer), und die Servereinstellungen prüfen.</translation>
    </message>
    <message>
        <source>serial rate fixed at %1 already</source>
        <translation>serielle Rate bereits fest auf %1</translation>
    </message>
    <message>
        <source>The serial rate in use is not known</source>
        <translation>Die verwendete serielle Rate ist unbekannt</translation>
    </message>
    <message>
        <source>Open the port at a fixed rate and start again.</source>
        <translation>Den Port mit einer festen Rate öffnen und neu starten.</translation>
    </message>
    <message>
        <source>serial rate fixed at %1 (it was on autobaud)</source>
        <translation>serielle Rate auf %1 festgelegt (sie war auf automatisch)</translation>
    </message>
    <message>
        <source>#OTAEV events switched on</source>
        <translation>#OTAEV-Ereignisse eingeschaltet</translation>
    </message>
    <message>
        <source>the #OTAEV events are off and could not be switched on (%1); progress may not be shown</source>
        <translation>die #OTAEV-Ereignisse sind aus und ließen sich nicht einschalten (%1); der Fortschritt wird womöglich nicht angezeigt</translation>
    </message>
    <message>
        <source>no PFM server given: the registration stored in the module is used</source>
        <translation>kein PFM-Server angegeben: die im Modul gespeicherte Registrierung wird verwendet</translation>
    </message>
    <message>
        <source>Waiting for the PFM server to offer an upgrade</source>
        <translation>Warte darauf, dass der PFM-Server ein Upgrade anbietet</translation>
    </message>
    <message>
        <source>Registering with the PFM server by SMS</source>
        <translation>Registriere beim PFM-Server per SMS</translation>
    </message>
    <message>
        <source>Registering with the PFM server over IP</source>
        <translation>Registriere beim PFM-Server über IP</translation>
    </message>
    <message>
        <source>Registered; asking the PFM server for an upgrade</source>
        <translation>Registriert; frage den PFM-Server nach einem Upgrade</translation>
    </message>
    <message>
        <source>Registered; waiting for the PFM server to offer an upgrade</source>
        <translation>Registriert; warte darauf, dass der PFM-Server ein Upgrade anbietet</translation>
    </message>
    <message>
        <source>Registered with the PFM server</source>
        <translation>Beim PFM-Server registriert</translation>
    </message>
    <message>
        <source>The PFM server started an automatic upgrade</source>
        <translation>Der PFM-Server hat ein automatisches Upgrade gestartet</translation>
    </message>
    <message>
        <source>The module downloads the new firmware</source>
        <translation>Das Modul lädt die neue Firmware herunter</translation>
    </message>
    <message>
        <source>Download complete</source>
        <translation>Download abgeschlossen</translation>
    </message>
    <message>
        <source>The module validates and flashes the new firmware; it does not answer commands now. Never power it off.</source>
        <translation>Das Modul prüft die neue Firmware und schreibt sie in den Flash; es beantwortet jetzt keine Befehle. Niemals ausschalten.</translation>
    </message>
    <message>
        <source>The PFM server was notified of the upgrade</source>
        <translation>Der PFM-Server wurde über das Upgrade benachrichtigt</translation>
    </message>
    <message>
        <source>The module reports that the OTA upgrade failed</source>
        <translation>Das Modul meldet, dass das OTA-Upgrade fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>The module keeps its current firmware. Check that the IMEI is on the PFM registration list with FOTA enabled and activated, the APN/NAP settings, the SIM and the coverage, then ask the server for the upgrade again. If the SIM was moved between registered modules, force a re-registration first.</source>
        <translation>Das Modul behält seine aktuelle Firmware. Prüfen, ob die IMEI mit aktiviertem und freigeschaltetem FOTA auf der PFM-Registrierungsliste steht, sowie APN/NAP-Einstellungen, SIM und Netzabdeckung, dann den Server erneut um das Upgrade bitten. Wurde die SIM zwischen registrierten Modulen getauscht, zuerst eine Neuregistrierung erzwingen.</translation>
    </message>
    <message>
        <source>The module answered a PFM server query</source>
        <translation>Das Modul hat eine Anfrage des PFM-Servers beantwortet</translation>
    </message>
    <message>
        <source>Unrecognised PFM event</source>
        <translation>Unbekanntes PFM-Ereignis</translation>
    </message>
    <message>
        <source>The PFM server asks again for an upgrade</source>
        <translation>Der PFM-Server fragt erneut nach einem Upgrade</translation>
    </message>
    <message>
        <source>The PFM server offers a firmware upgrade</source>
        <translation>Der PFM-Server bietet ein Firmware-Upgrade an</translation>
    </message>
    <message>
        <source>The PFM server offers a firmware upgrade for this module. Accept it? Unanswered, the request lapses.</source>
        <translation>Der PFM-Server bietet für dieses Modul ein Firmware-Upgrade an. Annehmen? Ohne Antwort verfällt die Anfrage.</translation>
    </message>
    <message>
        <source>asking the user; the request lapses in %1 s</source>
        <translation>frage den Benutzer; die Anfrage verfällt in %1 s</translation>
    </message>
    <message>
        <source>the upgrade request is left to lapse (policy)</source>
        <translation>die Upgrade-Anfrage verfällt (Richtlinie)</translation>
    </message>
    <message>
        <source>Upgrade accepted; waiting for the download to start</source>
        <translation>Upgrade angenommen; warte auf den Beginn des Downloads</translation>
    </message>
    <message>
        <source>Upgrade declined: the request lapses; waiting for the server&apos;s next request</source>
        <translation>Upgrade abgelehnt: die Anfrage verfällt; warte auf die nächste Anfrage des Servers</translation>
    </message>
    <message>
        <source>The upgrade request lapsed unanswered; waiting for the server&apos;s next request</source>
        <translation>Die Upgrade-Anfrage ist unbeantwortet verfallen; warte auf die nächste Anfrage des Servers</translation>
    </message>
    <message>
        <source>The module restarts into the new firmware; waiting for it to come back</source>
        <translation>Das Modul startet mit der neuen Firmware neu; warte auf seine Rückkehr</translation>
    </message>
    <message>
        <source>The port went away before the upgrade started</source>
        <translation>Der Port verschwand, bevor das Upgrade begann</translation>
    </message>
    <message>
        <source>Found again on %1</source>
        <translation>Auf %1 wiedergefunden</translation>
    </message>
    <message>
        <source>The module reports the new firmware</source>
        <translation>Das Modul meldet die neue Firmware</translation>
    </message>
    <message>
        <source>Reading the firmware version the module runs now</source>
        <translation>Lese die Firmware-Version, mit der das Modul jetzt läuft</translation>
    </message>
    <message>
        <source>The module&apos;s firmware version could not be read</source>
        <translation>Die Firmware-Version des Moduls ließ sich nicht lesen</translation>
    </message>
    <message>
        <source>Read it with AT+CGMR before trusting the update.</source>
        <translation>Mit AT+CGMR lesen, bevor man dem Update vertraut.</translation>
    </message>
    <message>
        <source>The module runs %1, expected %2</source>
        <translation>Das Modul läuft mit %1, erwartet war %2</translation>
    </message>
    <message>
        <source>The PFM server may have sent another package; check the campaign on the server.</source>
        <translation>Der PFM-Server hat womöglich ein anderes Paket geschickt; die Kampagne auf dem Server prüfen.</translation>
    </message>
    <message>
        <source>The module still runs %1</source>
        <translation>Das Modul läuft noch mit %1</translation>
    </message>
    <message>
        <source>The upgrade did not take; check the campaign on the PFM server.</source>
        <translation>Das Upgrade hat nicht gegriffen; die Kampagne auf dem PFM-Server prüfen.</translation>
    </message>
    <message>
        <source>Running %1; waiting for the module to notify the PFM server</source>
        <translation>Läuft mit %1; warte darauf, dass das Modul den PFM-Server benachrichtigt</translation>
    </message>
    <message>
        <source>Verified: running %1. The SIM waits for its PIN; the PFM server is notified once it is entered</source>
        <translation>Geprüft: läuft mit %1. Die SIM wartet auf ihre PIN; der PFM-Server wird benachrichtigt, sobald sie eingegeben ist</translation>
    </message>
    <message>
        <source>Verified: running %1 (the PFM server has not confirmed the notification yet)</source>
        <translation>Geprüft: läuft mit %1 (der PFM-Server hat die Benachrichtigung noch nicht bestätigt)</translation>
    </message>
    <message>
        <source>The PFM server did not confirm the registration</source>
        <translation>Der PFM-Server hat die Registrierung nicht bestätigt</translation>
    </message>
    <message>
        <source>Check the server number or address, the APN, that the SIM has SMS and data service, and that the IMEI is on the PFM registration list.</source>
        <translation>Servernummer oder -adresse und APN prüfen, ob die SIM SMS- und Datendienst hat und ob die IMEI auf der PFM-Registrierungsliste steht.</translation>
    </message>
    <message>
        <source>The PFM server offered no upgrade in time</source>
        <translation>Der PFM-Server hat rechtzeitig kein Upgrade angeboten</translation>
    </message>
    <message>
        <source>Check that a campaign for this module&apos;s firmware is active on the PFM server, then start again.</source>
        <translation>Prüfen, ob auf dem PFM-Server eine Kampagne für die Firmware dieses Moduls aktiv ist, dann neu starten.</translation>
    </message>
    <message>
        <source>no &quot;Module Upgraded&quot; event; reading the firmware version directly</source>
        <translation>kein Ereignis „Module Upgraded“; lese die Firmware-Version direkt</translation>
    </message>
    <message>
        <source>cancel refused: the module downloads or installs on its own now; never power it off</source>
        <translation>Abbruch abgelehnt: das Modul lädt oder installiert jetzt selbstständig; niemals ausschalten</translation>
    </message>
    <message>
        <source>Cancelled; the module keeps its current firmware</source>
        <translation>Abgebrochen; das Modul behält seine aktuelle Firmware</translation>
    </message>
    <message>
        <source>the SIM&apos;s own number is not known (AT+CNUM has none): the PFM server can trigger this module by SMS only if it knows the number</source>
        <translation>die eigene Nummer der SIM ist unbekannt (AT+CNUM liefert keine): der PFM-Server kann dieses Modul nur dann per SMS anstoßen, wenn er die Nummer kennt</translation>
    </message>
    <message>
        <source>AT#OTASUAN=1 answered %1; answering the request again</source>
        <translation>AT#OTASUAN=1 antwortete %1; beantworte die Anfrage erneut</translation>
    </message>
    <message>
        <source>already running %1; not waiting for &quot;Module Upgraded&quot;</source>
        <translation>läuft bereits mit %1; warte nicht auf „Module Upgraded“</translation>
    </message>
</context>
<context>
    <name>UpdateCommand</name>
    <message>
        <source>Port name or device path of the module.</source>
        <translation>Portname oder Gerätepfad des Moduls.</translation>
    </message>
    <message>
        <source>The APN the module downloads through (over-the-air methods).</source>
        <translation>Der APN, über den das Modul lädt (Over-the-Air-Methoden).</translation>
    </message>
    <message>
        <source>Print one JSON object a line as the job progresses.</source>
        <translation>Während des Auftrags ein JSON-Objekt pro Zeile ausgeben.</translation>
    </message>
    <message>
        <source>The history database (default: in the user&apos;s data folder).</source>
        <translation>Die Verlaufsdatenbank (Standard: im Datenordner des Benutzers).</translation>
    </message>
    <message>
        <source>Override the checks that may be overridden (base version, already on target).</source>
        <translation>Die übergehbaren Prüfungen übergehen (Basisversion, bereits auf Zielversion).</translation>
    </message>
    <message>
        <source>Telit: another setting to back up and restore (repeatable), e.g. #SMOV.</source>
        <translation>Telit: eine weitere zu sichernde und wiederherzustellende Einstellung (wiederholbar), z. B. #SMOV.</translation>
    </message>
    <message>
        <source>--url wants an absolute URL such as http://192.0.2.10:8080/diff.usf</source>
        <translation>--url erwartet eine absolute URL wie http://192.0.2.10:8080/diff.usf</translation>
    </message>
    <message>
        <source>no package file %1</source>
        <translation>keine Paketdatei %1</translation>
    </message>
    <message>
        <source>%1 is not there yet; waiting for it</source>
        <translation>%1 ist noch nicht da; warte darauf</translation>
    </message>
    <message>
        <source>the module asks: %1</source>
        <translation>das Modul fragt: %1</translation>
    </message>
    <message>
        <source>job %1 on %2 was interrupted at step %3</source>
        <translation>Auftrag %1 auf %2 wurde bei Schritt %3 unterbrochen</translation>
    </message>
    <message>
        <source>no module answered on %1; check that it is powered and that this is its AT port</source>
        <translation>auf %1 hat kein Modul geantwortet; prüfen, ob es eingeschaltet ist und dies sein AT-Port ist</translation>
    </message>
    <message>
        <source>the history database %1 cannot be opened: %2</source>
        <translation>die Verlaufsdatenbank %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1: %2 %3, firmware %4, IMEI %5</source>
        <translation>%1: %2 %3, Firmware %4, IMEI %5</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>started</source>
        <translation>begonnen</translation>
    </message>
    <message>
        <source>[%1] %2%3</source>
        <translation>[%1] %2%3</translation>
    </message>
    <message>
        <source>, %1 of %2 bytes, %3 B/s</source>
        <translation>, %1 von %2 Byte, %3 B/s</translation>
    </message>
    <message>
        <source>, %1 s left</source>
        <translation>, noch %1 s</translation>
    </message>
    <message>
        <source>job %1 (interrupted earlier) ended %2: %3</source>
        <translation>Auftrag %1 (zuvor unterbrochen) endete mit Zustand %2: %3</translation>
    </message>
    <message>
        <source>job %1 succeeded: %2</source>
        <translation>Auftrag %1 erfolgreich: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>job %1 %2: %3</source>
        <translation>Auftrag %1 %2: %3</translation>
    </message>
    <message>
        <source>The package file, as the vendor ships it (a manifest &lt;file&gt;.json beside it is optional). Not needed when the update is held on a server (--method ota on Telit PFM, SIM7020 and HL78xx; --url for Cinterion).</source>
        <translation>Die Paketdatei, wie der Hersteller sie ausliefert (ein Manifest &lt;file&gt;.json daneben ist optional). Nicht nötig, wenn das Update auf einem Server liegt (--method ota bei Telit PFM, SIM7020 und HL78xx; --url bei Cinterion).</translation>
    </message>
    <message>
        <source>auto (default), xmodem, cflw, http-fs, ota or lwm2m.</source>
        <translation>auto (Standard), xmodem, cflw, http-fs, ota oder lwm2m.</translation>
    </message>
    <message>
        <source>What the package is for, when neither a manifest nor its name says: telit-pfm, cinterion, simcom-sim7020 or sierra-hl78xx (default: the module&apos;s).</source>
        <translation>Wofür das Paket ist, wenn weder ein Manifest noch sein Name es angibt: telit-pfm, cinterion, simcom-sim7020 oder sierra-hl78xx (Standard: die des Moduls).</translation>
    </message>
    <message>
        <source>The model the package is for (default: the module&apos;s).</source>
        <translation>Das Modell, für das das Paket ist (Standard: das des Moduls).</translation>
    </message>
    <message>
        <source>The firmware the package applies to, as AT+CGMR reports it (default: unknown; the module checks).</source>
        <translation>Die Firmware, auf die das Paket angewendet wird, wie AT+CGMR sie meldet (Standard: unbekannt; das Modul prüft).</translation>
    </message>
    <message>
        <source>The firmware expected afterwards; without it any change of version verifies.</source>
        <translation>Die danach erwartete Firmware; ohne Angabe besteht jede Versionsänderung die Prüfung.</translation>
    </message>
    <message>
        <source>Refuse a package without a manifest &lt;file&gt;.json (a factory&apos;s policy).</source>
        <translation>Ein Paket ohne Manifest &lt;file&gt;.json ablehnen (Richtlinie für die Fertigung).</translation>
    </message>
    <message>
        <source>Where the module downloads the package (default: FotaDesk serves the file); for LwM2M the server&apos;s URI.</source>
        <translation>Woher das Modul das Paket lädt (Standard: FotaDesk stellt die Datei bereit); bei LwM2M die URI des Servers.</translation>
    </message>
    <message>
        <source>The SHA-256 of the package at --url (Cinterion checks the download against it).</source>
        <translation>Der SHA-256 des Pakets unter --url (Cinterion prüft den Download anhand dieses Werts).</translation>
    </message>
    <message>
        <source>Telit PFM: the server&apos;s SMS number (SMS protocol).</source>
        <translation>Telit PFM: die SMS-Nummer des Servers (SMS-Protokoll).</translation>
    </message>
    <message>
        <source>Telit PFM: the server&apos;s address for the TCP/IP protocol.</source>
        <translation>Telit PFM: die Adresse des Servers für das TCP/IP-Protokoll.</translation>
    </message>
    <message>
        <source>Telit PFM: sms, combined (SMS-TCP/IP) or tcp (TCP/IP only); default: sms for a number, tcp for an address, combined for both.</source>
        <translation>Telit PFM: sms, combined (SMS-TCP/IP) oder tcp (nur TCP/IP); Standard: sms bei einer Nummer, tcp bei einer Adresse, combined bei beidem.</translation>
    </message>
    <message>
        <source>Telit PFM: the SIM&apos;s own number for the IP registration (default: what AT+CNUM reads).</source>
        <translation>Telit PFM: die eigene Nummer der SIM für die IP-Registrierung (Standard: was AT+CNUM liest).</translation>
    </message>
    <message>
        <source>Agreement requests of the server (Telit PFM, HL78xx): accept (default) or reject (Telit&apos;s request lapses; HL78xx&apos;s is deferred, as it cannot be refused).</source>
        <translation>Zustimmungsanfragen des Servers (Telit PFM, HL78xx): accept (Standard) oder reject (die Anfrage von Telit verfällt; die von HL78xx wird aufgeschoben, da sie sich nicht ablehnen lässt).</translation>
    </message>
    <message>
        <source>The APN&apos;s user name.</source>
        <translation>Der Benutzername für den APN.</translation>
    </message>
    <message>
        <source>A file whose first line is the APN&apos;s password (never given on the command line, never stored).</source>
        <translation>Eine Datei, deren erste Zeile das APN-Passwort ist (nie auf der Befehlszeile angegeben, nie gespeichert).</translation>
    </message>
    <message>
        <source>The SIM PIN, entered again after the install; never stored. Prefer --pin-file or FOTADESK_SIM_PIN: a command line is visible to other users.</source>
        <translation>Die SIM-PIN, nach der Installation erneut eingegeben; nie gespeichert. Besser --pin-file oder FOTADESK_SIM_PIN verwenden: eine Befehlszeile ist für andere Benutzer sichtbar.</translation>
    </message>
    <message>
        <source>A file whose first line is the SIM PIN; - reads it from standard input. The environment variable FOTADESK_SIM_PIN does the same.</source>
        <translation>Eine Datei, deren erste Zeile die SIM-PIN ist; - liest sie von der Standardeingabe. Die Umgebungsvariable FOTADESK_SIM_PIN bewirkt dasselbe.</translation>
    </message>
    <message>
        <source>--%1 %2 cannot be read: %3</source>
        <translation>--%1 %2 lässt sich nicht lesen: %3</translation>
    </message>
    <message>
        <source>--method is one of auto, xmodem, cflw, http-fs, ota, lwm2m; got &quot;%1&quot;</source>
        <translation>--method ist eines von auto, xmodem, cflw, http-fs, ota, lwm2m; erhalten: „%1“</translation>
    </message>
    <message>
        <source>--sha256 wants the 64 hex digits of the package&apos;s SHA-256</source>
        <translation>--sha256 erwartet die 64 Hex-Ziffern des SHA-256 des Pakets</translation>
    </message>
    <message>
        <source>give the SIM PIN with --pin or with --pin-file, not both</source>
        <translation>die SIM-PIN mit --pin oder mit --pin-file angeben, nicht mit beidem</translation>
    </message>
    <message>
        <source>warning: --pin is visible to every user of this computer (ps); use --pin-file FILE, --pin-file - or FOTADESK_SIM_PIN</source>
        <translation>Warnung: --pin ist für jeden Benutzer dieses Computers sichtbar (ps); --pin-file FILE, --pin-file - oder FOTADESK_SIM_PIN verwenden</translation>
    </message>
    <message>
        <source>a SIM PIN is 4 to 8 digits</source>
        <translation>eine SIM-PIN hat 4 bis 8 Ziffern</translation>
    </message>
    <message>
        <source>--pfm-address wants HOST:PORT, e.g. 192.0.2.20:9100</source>
        <translation>--pfm-address erwartet HOST:PORT, z. B. 192.0.2.20:9100</translation>
    </message>
    <message>
        <source>--pfm-protocol is sms, combined or tcp; got &quot;%1&quot;</source>
        <translation>--pfm-protocol ist sms, combined oder tcp; erhalten: „%1“</translation>
    </message>
    <message>
        <source>--pfm-protocol sms needs the server&apos;s number: --pfm-number N</source>
        <translation>--pfm-protocol sms benötigt die Nummer des Servers: --pfm-number N</translation>
    </message>
    <message>
        <source>--pfm-protocol %1 needs the server&apos;s address: --pfm-address HOST:PORT</source>
        <translation>--pfm-protocol %1 benötigt die Adresse des Servers: --pfm-address HOST:PORT</translation>
    </message>
    <message>
        <source>--policy is accept or reject; got &quot;%1&quot;</source>
        <translation>--policy ist accept oder reject; erhalten: „%1“</translation>
    </message>
    <message>
        <source>--family is one of telit-pfm, cinterion, simcom-sim7020, sierra-hl78xx; got &quot;%1&quot;</source>
        <translation>--family ist eines von telit-pfm, cinterion, simcom-sim7020, sierra-hl78xx; erhalten: „%1“</translation>
    </message>
    <message>
        <source>update needs one port, e.g. fotadesk-cli update ttyUSB2 --package diff.usf, or fotadesk-cli update ttyUSB2 --method ota for an update held on the module&apos;s server</source>
        <translation>update benötigt genau einen Port, z. B. fotadesk-cli update ttyUSB2 --package diff.usf, oder fotadesk-cli update ttyUSB2 --method ota für ein Update, das auf dem Server des Moduls liegt</translation>
    </message>
    <message>
        <source>%1 modules cannot be updated with --method %2</source>
        <translation>%1-Module lassen sich nicht mit --method %2 aktualisieren</translation>
    </message>
    <message>
        <source>Leave ModemManager alone (by default it lets go of the module&apos;s device for the length of the job, as the GUI&apos;s setting says).</source>
        <translation>ModemManager unberührt lassen (standardmäßig gibt ModemManager das Gerät des Moduls für die Dauer des Auftrags frei, wie es die Einstellung in der GUI vorsieht).</translation>
    </message>
    <message>
        <source>Local transfers (XMODEM, AT+CFLW) move the line up to this rate as far as the module and the port hold it, and back afterwards (default: 921600; 0: stay at the module&apos;s rate).</source>
        <translation>Lokale Übertragungen (XMODEM, AT+CFLW) schalten die Leitung bis auf diese Rate hoch, soweit Modul und Port sie halten, und danach zurück (Standard: 921600; 0: bei der Rate des Moduls bleiben).</translation>
    </message>
    <message>
        <source>--max-rate takes a rate in baud, e.g. 921600, or 0 to keep the module&apos;s rate</source>
        <translation>--max-rate erwartet eine Rate in Baud, z. B. 921600, oder 0, um die Rate des Moduls beizubehalten</translation>
    </message>
    <message>
        <source> at %1 baud</source>
        <translation> mit %1 Baud</translation>
    </message>
    <message>
        <source>time: %1 s, of which the line %2 s, the module %3 s, FotaDesk %4 s</source>
        <translation>Zeit: %1 s, davon Leitung %2 s, Modul %3 s, FotaDesk %4 s</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Update firmware</source>
        <translation>Firmware aktualisieren</translation>
    </message>
    <message>
        <source>Add package file…</source>
        <translation>Paketdatei hinzufügen…</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 wurde nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <source>Add a firmware package</source>
        <translation>Firmware-Paket hinzufügen</translation>
    </message>
    <message>
        <source>Firmware packages (*.bin *.ua *.usf *.dwl *.pkg);;All files (*)</source>
        <translation>Firmware-Pakete (*.bin *.ua *.usf *.dwl *.pkg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <source>Start update on %1 modules</source>
        <translation>Update auf %1 Modulen starten</translation>
    </message>
    <message>
        <source>Start update on %1 of %2 modules</source>
        <translation>Update auf %1 von %2 Modulen starten</translation>
    </message>
    <message>
        <source>Update anyway where every finding may be overridden (the module still checks the package itself)</source>
        <translation>Trotzdem aktualisieren, wo jeder Befund übergangen werden darf (das Modul prüft das Paket weiterhin selbst)</translation>
    </message>
    <message>
        <source>Start update</source>
        <translation>Update starten</translation>
    </message>
    <message>
        <source>2. Package</source>
        <translation>2. Paket</translation>
    </message>
    <message>
        <source>3. Modules</source>
        <translation>3. Module</translation>
    </message>
    <message>
        <source>1. Method and what it needs</source>
        <translation>1. Methode und was sie benötigt</translation>
    </message>
    <message>
        <source>No package file needed: the update comes from %1.</source>
        <translation>Keine Paketdatei nötig: %1 stellt das Update bereit.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>For the modules updated over the air the update comes from %1; the others need the package chosen here.</source>
        <translation>Für die Over-the-Air aktualisierten Module stellt %1 das Update bereit; die übrigen benötigen das hier gewählte Paket.</translation>
    </message>
    <message>
        <source>Choose the package FotaDesk serves to the module, or give its URL and SHA-256 above.</source>
        <translation>Das Paket wählen, das FotaDesk dem Modul bereitstellt, oder oben seine URL und seinen SHA-256 angeben.</translation>
    </message>
    <message>
        <source>Choose the package to install, or a method that needs no file.</source>
        <translation>Das zu installierende Paket wählen oder eine Methode, die keine Datei benötigt.</translation>
    </message>
    <message>
        <source>The update applies to none of the selected modules; the reasons are listed above.</source>
        <translation>Das Update passt zu keinem der ausgewählten Module; die Gründe stehen oben.</translation>
    </message>
    <message>
        <source>Modules whose method needs a package file are left out until one is chosen.</source>
        <translation>Module, deren Methode eine Paketdatei benötigt, bleiben ausgenommen, bis eine gewählt ist.</translation>
    </message>
    <message>
        <source>Modules the update does not apply to are left out.</source>
        <translation>Module, zu denen das Update nicht passt, bleiben ausgenommen.</translation>
    </message>
</context>
<context>
    <name>UpdateFlow</name>
    <message>
        <source>cancel refused: the module is installing; never interrupt it now</source>
        <translation>Abbruch abgelehnt: das Modul installiert; jetzt niemals unterbrechen</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Verified: running %1</source>
        <translation>Geprüft: läuft mit %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s</source>
        <translation>%1 wurde nicht innerhalb von %2 s fertig</translation>
    </message>
    <message>
        <source>Check the module&apos;s log; it may still be working. Reconnect it and read its firmware version before trying again.</source>
        <translation>Das Log des Moduls prüfen; es arbeitet womöglich noch. Vor einem neuen Versuch wieder anschließen und seine Firmware-Version lesen.</translation>
    </message>
    <message>
        <source>The history could not be written: %1; %2 was not sent</source>
        <translation>Der Verlauf ließ sich nicht schreiben: %1; %2 wurde nicht gesendet</translation>
    </message>
    <message>
        <source>The module was left as it was. Make room for FotaDesk&apos;s history, then start again.</source>
        <translation>Das Modul blieb unverändert. Platz für den Verlauf von FotaDesk schaffen, dann neu starten.</translation>
    </message>
    <message>
        <source>The history could not be written: %1</source>
        <translation>Der Verlauf ließ sich nicht schreiben: %1</translation>
    </message>
    <message>
        <source>The module updates on its own now (%1): leave it powered and connected, then read its firmware version. Make room for FotaDesk&apos;s history before the next update.</source>
        <translation>Das Modul aktualisiert sich jetzt selbstständig (%1): eingeschaltet und angeschlossen lassen, dann seine Firmware-Version lesen. Vor dem nächsten Update Platz für den Verlauf von FotaDesk schaffen.</translation>
    </message>
    <message>
        <source>commit point recorded (%1): %2</source>
        <translation>Commit-Punkt aufgezeichnet (%1): %2</translation>
    </message>
    <message>
        <source>Moving the serial line to a faster rate for the transfer</source>
        <translation>Die serielle Leitung wird für die Übertragung auf eine schnellere Rate umgeschaltet</translation>
    </message>
    <message>
        <source>Nothing was sent yet and the firmware is unchanged. Power the module off and on, lower the maximum transfer rate (Settings, or --max-rate), and start again.</source>
        <translation>Es wurde noch nichts gesendet, und die Firmware ist unverändert. Das Modul aus- und wieder einschalten, die höchste Übertragungsrate senken (Einstellungen oder --max-rate) und neu starten.</translation>
    </message>
    <message>
        <source>The transfer runs at %1 baud</source>
        <translation>Die Übertragung läuft mit %1 Baud</translation>
    </message>
    <message>
        <source>serial rate back to %1 baud</source>
        <translation>serielle Rate zurück auf %1 Baud</translation>
    </message>
    <message>
        <source>the module stays at %1 baud, not its own %2: %3</source>
        <translation>das Modul bleibt bei %1 Baud, nicht bei seinen eigenen %2: %3</translation>
    </message>
    <message>
        <source>The package was sent. Power the module off and on and find it again at %1 or %2 baud; then read its firmware version.</source>
        <translation>Das Paket wurde gesendet. Das Modul aus- und wieder einschalten und bei %1 oder %2 Baud wieder finden; dann seine Firmware-Version auslesen.</translation>
    </message>
</context>
<context>
    <name>UpdateJob</name>
    <message>
        <source>The firmware was updated, but the module did not come back to have its settings restored</source>
        <translation>Die Firmware wurde aktualisiert, aber das Modul kam nicht zurück, um seine Einstellungen wiederherzustellen</translation>
    </message>
    <message>
        <source>Reconnect the module and check its settings: they may be at their defaults.</source>
        <translation>Das Modul wieder anschließen und seine Einstellungen prüfen: sie stehen womöglich auf Werkseinstellung.</translation>
    </message>
    <message>
        <source>FotaDesk does not know how to update this module&apos;s family</source>
        <translation>FotaDesk weiß nicht, wie Module dieser Familie aktualisiert werden</translation>
    </message>
    <message>
        <source>The module is gone</source>
        <translation>Das Modul ist weg</translation>
    </message>
    <message>
        <source>Another job (%1) is updating this module</source>
        <translation>Ein anderer Auftrag (%1) aktualisiert dieses Modul</translation>
    </message>
    <message>
        <source>the module is installing firmware; interrupting it now could leave it unusable, so the job cannot be cancelled until it has rebooted</source>
        <translation>das Modul installiert Firmware; eine Unterbrechung könnte es unbrauchbar machen, daher lässt sich der Auftrag erst nach dem Neustart abbrechen</translation>
    </message>
    <message>
        <source>cancel refused: %1</source>
        <translation>Abbruch abgelehnt: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The firmware was updated, but the module&apos;s settings were not (all) restored; check them.</source>
        <translation>Die Firmware wurde aktualisiert, aber die Einstellungen des Moduls wurden nicht (alle) wiederhergestellt; bitte prüfen.</translation>
    </message>
    <message>
        <source>Nothing was changed on the module.</source>
        <translation>Am Modul wurde nichts verändert.</translation>
    </message>
    <message>
        <source>FotaDesk was closed during step %1</source>
        <translation>FotaDesk wurde während Schritt %1 geschlossen</translation>
    </message>
    <message>
        <source>Leave the module powered: FotaDesk verifies it when it starts again.</source>
        <translation>Das Modul eingeschaltet lassen: FotaDesk prüft es beim nächsten Start.</translation>
    </message>
    <message>
        <source>Resume the job to start it again from its checks.</source>
        <translation>Den Auftrag fortsetzen, um ihn ab den Prüfungen neu zu beginnen.</translation>
    </message>
    <message>
        <source>step %1 started</source>
        <translation>Schritt %1 begonnen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (with %n warning(s))</source>
        <translation>
            <numerusform>%1 (mit %n Warnung)</numerusform>
            <numerusform>%1 (mit %n Warnungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The module was removed from FotaDesk while its job ran</source>
        <translation>Das Modul wurde aus FotaDesk entfernt, während sein Auftrag lief</translation>
    </message>
    <message>
        <source>Reconnect it and read its firmware version before updating again.</source>
        <translation>Wieder anschließen und seine Firmware-Version lesen, bevor erneut aktualisiert wird.</translation>
    </message>
    <message>
        <source>Checking the module and the package</source>
        <translation>Prüfe Modul und Paket</translation>
    </message>
    <message>
        <source>kept by the module itself, not backed up: %1</source>
        <translation>vom Modul selbst behalten, nicht gesichert: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>checks overridden: %1</source>
        <translation>Prüfungen übergangen: %1</translation>
    </message>
    <message>
        <source>settings backup not wanted</source>
        <translation>Sicherung der Einstellungen nicht gewünscht</translation>
    </message>
    <message>
        <source>no settings to back up for this family</source>
        <translation>für diese Familie gibt es keine Einstellungen zu sichern</translation>
    </message>
    <message>
        <source>Backing up the module&apos;s settings</source>
        <translation>Sichere die Einstellungen des Moduls</translation>
    </message>
    <message>
        <source>The module went away while its settings were read</source>
        <translation>Das Modul verschwand, während seine Einstellungen gelesen wurden</translation>
    </message>
    <message>
        <source>Nothing was changed on the module. Reconnect it and start again.</source>
        <translation>Am Modul wurde nichts verändert. Wieder anschließen und neu starten.</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) read</source>
        <translation>
            <numerusform>%n Einstellung gelesen</numerusform>
            <numerusform>%n Einstellungen gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>the module downloads the package itself and no URL was given; FotaDesk&apos;s package server is not running</source>
        <translation>das Modul lädt das Paket selbst herunter und es wurde keine URL angegeben; der Paketserver von FotaDesk läuft nicht</translation>
    </message>
    <message>
        <source>the package server cannot serve %1</source>
        <translation>der Paketserver kann %1 nicht bereitstellen</translation>
    </message>
    <message>
        <source>package served at %1</source>
        <translation>Paket bereitgestellt unter %1</translation>
    </message>
    <message>
        <source>Cannot start the update: %1</source>
        <translation>Das Update lässt sich nicht starten: %1</translation>
    </message>
    <message>
        <source>Give the package&apos;s URL, or start FotaDesk&apos;s package server.</source>
        <translation>Die URL des Pakets angeben oder den Paketserver von FotaDesk starten.</translation>
    </message>
    <message>
        <source>%1 modules cannot be updated with method %2 in this FotaDesk</source>
        <translation>%1-Module lassen sich in diesem FotaDesk nicht mit der Methode %2 aktualisieren</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>The module runs %1 after the update, not the expected %2</source>
        <translation>Das Modul läuft nach dem Update mit %1, nicht mit dem erwarteten %2</translation>
    </message>
    <message>
        <source>Check the package; the module&apos;s settings were not restored.</source>
        <translation>Das Paket prüfen; die Einstellungen des Moduls wurden nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>no settings were backed up</source>
        <translation>es wurden keine Einstellungen gesichert</translation>
    </message>
    <message>
        <source>Waiting for the module to restore its settings</source>
        <translation>Warte, bis das Modul seine Einstellungen wiederherstellen kann</translation>
    </message>
    <message>
        <source>Restoring the module&apos;s settings</source>
        <translation>Stelle die Einstellungen des Moduls wieder her</translation>
    </message>
    <message>
        <source>The firmware was updated, but the module went away while its settings were restored</source>
        <translation>Die Firmware wurde aktualisiert, aber das Modul verschwand, während seine Einstellungen wiederhergestellt wurden</translation>
    </message>
    <message>
        <source>Reconnect it and check its settings: they may be at their defaults.</source>
        <translation>Wieder anschließen und seine Einstellungen prüfen: sie stehen womöglich auf Werkseinstellung.</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) written back</source>
        <translation>
            <numerusform>%n Einstellung zurückgeschrieben</numerusform>
            <numerusform>%n Einstellungen zurückgeschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) not as before</source>
        <translation>
            <numerusform>%n Einstellung nicht wie vorher</numerusform>
            <numerusform>%n Einstellungen nicht wie vorher</numerusform>
        </translation>
    </message>
    <message>
        <source>SIM PIN entered</source>
        <translation>SIM-PIN eingegeben</translation>
    </message>
    <message>
        <source>the SIM refused its PIN after the update (%1); enter the right one</source>
        <translation>die SIM hat ihre PIN nach dem Update abgelehnt (%1); die richtige eingeben</translation>
    </message>
    <message>
        <source>AT+CPIN? answered %1</source>
        <translation>AT+CPIN? antwortete %1</translation>
    </message>
    <message>
        <source>SIM: %1</source>
        <translation>SIM: %1</translation>
    </message>
    <message>
        <source>the SIM asks for its PIN after the update; enter it (AT+CPIN)</source>
        <translation>die SIM fragt nach dem Update nach ihrer PIN; eingeben (AT+CPIN)</translation>
    </message>
    <message>
        <source>Refused: a SIM PIN is 4 to 8 digits</source>
        <translation>Abgelehnt: eine SIM-PIN hat 4 bis 8 Ziffern</translation>
    </message>
    <message>
        <source>Nothing was sent to the module. Enter the SIM&apos;s PIN again.</source>
        <translation>An das Modul wurde nichts gesendet. Die PIN der SIM erneut eingeben.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>the history of %1 could not be written: %2</source>
        <translation>der Verlauf von %1 ließ sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>nothing was changed on the module</source>
        <translation>am Modul wurde nichts verändert</translation>
    </message>
    <message>
        <source>nothing was changed on the module (%1)</source>
        <translation>am Modul wurde nichts verändert (%1)</translation>
    </message>
    <message>
        <source>the module was updated and runs %1</source>
        <translation>das Modul wurde aktualisiert und läuft mit %1</translation>
    </message>
    <message>
        <source>the module was left at step %1: %2</source>
        <translation>das Modul blieb bei Schritt %1 stehen: %2</translation>
    </message>
    <message>
        <source>The history could not be written: %1; %2</source>
        <translation>Der Verlauf ließ sich nicht schreiben: %1; %2</translation>
    </message>
    <message>
        <source>Check the module before anything else: read its firmware version and settings, since the stored history may lack the end of this job. Then make room for FotaDesk&apos;s history (%1).</source>
        <translation>Vor allem anderen das Modul prüfen: seine Firmware-Version und Einstellungen lesen, da im gespeicherten Verlauf das Ende dieses Auftrags fehlen kann. Dann Platz für den Verlauf von FotaDesk schaffen (%1).</translation>
    </message>
    <message>
        <source>Make room for FotaDesk&apos;s history (%1) or choose another store, then start the job again.</source>
        <translation>Platz für den Verlauf von FotaDesk schaffen (%1) oder einen anderen Speicher wählen, dann den Auftrag erneut starten.</translation>
    </message>
    <message>
        <source>the package server is reachable from this computer only (%1): a module that downloads over its mobile network cannot reach it; listen on an address it can reach (--bind 0.0.0.0:PORT --advertise HOST, or Settings &gt; Package server and data)</source>
        <translation>der Paketserver ist nur von diesem Computer aus erreichbar (%1): ein Modul, das über sein Mobilfunknetz lädt, erreicht ihn nicht; auf einer Adresse lauschen, die es erreicht (--bind 0.0.0.0:PORT --advertise HOST oder Einstellungen &gt; Paketserver und Daten)</translation>
    </message>
    <message>
        <source>base version not checked: the file name&apos;s &quot;%1&quot; is a label, not a firmware version</source>
        <translation>Basisversion nicht geprüft: „%1“ im Dateinamen ist eine Bezeichnung, keine Firmware-Version</translation>
    </message>
    <message>
        <source>base version not checked: unknown</source>
        <translation>Basisversion nicht geprüft: unbekannt</translation>
    </message>
    <message>
        <source>the transfer was stopped before the install; the module keeps its firmware %1</source>
        <translation>die Übertragung wurde vor der Installation beendet; das Modul behält seine Firmware %1</translation>
    </message>
    <message>
        <source>%1 (job %2 is updating this module: %3)</source>
        <translation>%1 (Auftrag %2 aktualisiert dieses Modul: %3)</translation>
    </message>
    <message>
        <source>commit point (%1): %2</source>
        <translation>Commit-Punkt (%1): %2</translation>
    </message>
    <message>
        <source>%1 was not sent, so the module was not told to update; it keeps its firmware %2</source>
        <translation>%1 wurde nicht gesendet, das Modul wurde also nicht zum Update angewiesen; es behält seine Firmware %2</translation>
    </message>
    <message>
        <source>%1 was not sent; the module was already told to update (%2), so check it</source>
        <translation>%1 wurde nicht gesendet; das Modul wurde bereits zum Update angewiesen (%2), daher bitte prüfen</translation>
    </message>
    <message>
        <source>Its settings were put back and it can be updated again: start the update again.</source>
        <translation>Seine Einstellungen wurden wiederhergestellt, und es lässt sich erneut aktualisieren: das Update erneut starten.</translation>
    </message>
    <message>
        <source>Its settings were put back, with warnings (see them); it can be updated again.</source>
        <translation>Seine Einstellungen wurden wiederhergestellt, mit Warnungen (siehe dort); es lässt sich erneut aktualisieren.</translation>
    </message>
    <message>
        <source>The module did not answer while its settings were read (%1)</source>
        <translation>Das Modul hat nicht geantwortet, während seine Einstellungen gelesen wurden (%1)</translation>
    </message>
    <message>
        <source>Nothing was changed on the module. Check that no other program uses its port and that it is not busy (a download or a call), then start again.</source>
        <translation>Am Modul wurde nichts verändert. Prüfen, dass kein anderes Programm seinen Port benutzt und es nicht beschäftigt ist (ein Download oder ein Anruf), dann neu starten.</translation>
    </message>
    <message>
        <source>The module&apos;s answers came damaged twice while its settings were read (%1)</source>
        <translation>Die Antworten des Moduls kamen beim Lesen seiner Einstellungen zweimal beschädigt an (%1)</translation>
    </message>
    <message>
        <source>Nothing was changed on the module. The line changes bytes: check the cable and the adapter, or use a lower rate, then start again.</source>
        <translation>Am Modul wurde nichts verändert. Die Leitung verfälscht Bytes: Kabel und Adapter prüfen oder eine niedrigere Rate verwenden, dann neu starten.</translation>
    </message>
    <message>
        <source>the module answers at %1 baud, where the interrupted transfer left it; setting it back to %2 baud</source>
        <translation>das Modul antwortet mit %1 Baud, wo die unterbrochene Übertragung es gelassen hat; es wird auf %2 Baud zurückgesetzt</translation>
    </message>
    <message>
        <source>the module stays at %1 baud, not its own %2 (%3); set it with AT+IPR=%2</source>
        <translation>das Modul bleibt bei %1 Baud, nicht bei seinen eigenen %2 (%3); mit AT+IPR=%2 einstellen</translation>
    </message>
</context>
<context>
    <name>UpdateOptionsForm</name>
    <message>
        <source>Only if the SIM asks for one after the reboot</source>
        <translation>Nur falls die SIM nach dem Neustart danach fragt</translation>
    </message>
    <message>
        <source>Ask me, with the deadline shown</source>
        <translation>Mich fragen, mit angezeigter Frist</translation>
    </message>
    <message>
        <source>Accept at once</source>
        <translation>Sofort annehmen</translation>
    </message>
    <message>
        <source>Defer (HL78xx) / let lapse (Telit)</source>
        <translation>Aufschieben (HL78xx) / verfallen lassen (Telit)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>SIM PIN</source>
        <translation>SIM-PIN</translation>
    </message>
    <message>
        <source>APN</source>
        <translation>APN</translation>
    </message>
    <message>
        <source>APN user</source>
        <translation>APN-Benutzer</translation>
    </message>
    <message>
        <source>APN password</source>
        <translation>APN-Passwort</translation>
    </message>
    <message>
        <source>Package URL</source>
        <translation>Paket-URL</translation>
    </message>
    <message>
        <source>Agreement requests</source>
        <translation>Zustimmungsanfragen</translation>
    </message>
    <message>
        <source>Defer by</source>
        <translation>Aufschieben um</translation>
    </message>
    <message>
        <source>Needed: a selected module&apos;s SIM asks for its PIN</source>
        <translation>Nötig: die SIM eines ausgewählten Moduls fragt nach ihrer PIN</translation>
    </message>
    <message>
        <source>A SIM PIN has 4 to 8 digits.</source>
        <translation>Eine SIM-PIN hat 4 bis 8 Ziffern.</translation>
    </message>
    <message>
        <source>The package URL must be an http:// or https:// address.</source>
        <translation>Die Paket-URL muss eine http://- oder https://-Adresse sein.</translation>
    </message>
    <message>
        <source>SMS number (+15550100) or address:port (203.0.113.7:5000)</source>
        <translation>SMS-Nummer (+15550100) oder Adresse:Port (203.0.113.7:5000)</translation>
    </message>
    <message>
        <source>The Telit PFM server the module registers with: its SMS number for the SMS protocol, or its IP address (or host name) and port for the IP protocol.</source>
        <translation>Der Telit-PFM-Server, bei dem sich das Modul registriert: seine SMS-Nummer für das SMS-Protokoll oder seine IP-Adresse (bzw. sein Hostname) und sein Port für das IP-Protokoll.</translation>
    </message>
    <message>
        <source>PFM server</source>
        <translation>PFM-Server</translation>
    </message>
    <message>
        <source>Needed, e.g. internet</source>
        <translation>Nötig, z. B. internet</translation>
    </message>
    <message>
        <source>Empty: the module&apos;s own setting</source>
        <translation>Leer: die eigene Einstellung des Moduls</translation>
    </message>
    <message>
        <source>PFM server: %1</source>
        <translation>PFM-Server: %1</translation>
    </message>
    <message>
        <source>Enter the APN: the module reaches its update server through it.</source>
        <translation>Den APN eingeben: über ihn erreicht das Modul seinen Update-Server.</translation>
    </message>
    <message>
        <source>TCP/IP only: FotaDesk asks the server (AT#OTAIPUPD)</source>
        <translation>Nur TCP/IP: FotaDesk fragt beim Server an (AT#OTAIPUPD)</translation>
    </message>
    <message>
        <source>SMS-TCP/IP: the server starts the update by SMS</source>
        <translation>SMS-TCP/IP: der Server startet das Update per SMS</translation>
    </message>
    <message>
        <source>Empty: the number the SIM holds (AT+CNUM)</source>
        <translation>Leer: die auf der SIM gespeicherte Nummer (AT+CNUM)</translation>
    </message>
    <message>
        <source>The SIM&apos;s own telephone number, sent with the IP registration: the PFM server needs it to reach the module by SMS.</source>
        <translation>Die eigene Telefonnummer der SIM, gesendet mit der IP-Registrierung: der PFM-Server braucht sie, um das Modul per SMS zu erreichen.</translation>
    </message>
    <message>
        <source>Empty: FotaDesk serves the package file chosen below</source>
        <translation>Leer: FotaDesk stellt die unten gewählte Paketdatei bereit</translation>
    </message>
    <message>
        <source>Where the module downloads the package from. With a URL no package file is needed here, only the package&apos;s SHA-256.</source>
        <translation>Woher das Modul das Paket lädt. Mit einer URL ist hier keine Paketdatei nötig, nur der SHA-256 des Pakets.</translation>
    </message>
    <message>
        <source>64 hex digits: the module checks its download against them</source>
        <translation>64 Hex-Ziffern: das Modul prüft seinen Download anhand dieser</translation>
    </message>
    <message>
        <source>Needed, e.g. coap://lwm2m.example.net:5683</source>
        <translation>Nötig, z. B. coap://lwm2m.example.net:5683</translation>
    </message>
    <message>
        <source>The LwM2M server the module&apos;s client registers with; it holds the package.</source>
        <translation>Der LwM2M-Server, bei dem sich der Client des Moduls registriert; er hält das Paket bereit.</translation>
    </message>
    <message>
        <source>PFM protocol</source>
        <translation>PFM-Protokoll</translation>
    </message>
    <message>
        <source>SIM&apos;s own number</source>
        <translation>Eigene Nummer der SIM</translation>
    </message>
    <message>
        <source>LwM2M server</source>
        <translation>LwM2M-Server</translation>
    </message>
    <message>
        <source>Package SHA-256</source>
        <translation>SHA-256 des Pakets</translation>
    </message>
    <message>
        <source>Reject: let the request lapse</source>
        <translation>Ablehnen: Anfrage verfallen lassen</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>Aufschieben</translation>
    </message>
    <message>
        <source>The SIM&apos;s own number is a telephone number, e.g. +393354757180.</source>
        <translation>Die eigene Nummer der SIM ist eine Telefonnummer, z. B. +393354757180.</translation>
    </message>
    <message>
        <source>Enter the LwM2M server, e.g. coap://lwm2m.example.net:5683: the module&apos;s client registers there and gets the package from it.</source>
        <translation>Den LwM2M-Server eingeben, z. B. coap://lwm2m.example.net:5683: der Client des Moduls registriert sich dort und erhält von ihm das Paket.</translation>
    </message>
    <message>
        <source>The LwM2M server is a coap:// or coaps:// address, e.g. coap://lwm2m.example.net:5683.</source>
        <translation>Der LwM2M-Server ist eine coap://- oder coaps://-Adresse, z. B. coap://lwm2m.example.net:5683.</translation>
    </message>
    <message>
        <source>Enter the package&apos;s SHA-256 (64 hex digits): the module checks its download from the URL against it.</source>
        <translation>Den SHA-256 des Pakets eingeben (64 Hex-Ziffern): das Modul prüft seinen Download von der URL anhand dieses Werts.</translation>
    </message>
    <message numerus="yes">
        <source>The package&apos;s SHA-256 has 64 hex digits (0-9, a-f); %1 has %n characters.</source>
        <translation>
            <numerusform>Der SHA-256 des Pakets hat 64 Hex-Ziffern (0-9, a-f); %1 hat %n Zeichen.</numerusform>
            <numerusform>Der SHA-256 des Pakets hat 64 Hex-Ziffern (0-9, a-f); %1 hat %n Zeichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdatePhase</name>
    <message>
        <source>Preparing</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Registering</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Waiting for server</source>
        <translation>Warte auf Server</translation>
    </message>
    <message>
        <source>Transferring</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Rebooting</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>Reconnected</source>
        <translation>Wieder verbunden</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>VerifyFlow</name>
    <message>
        <source>No module session to verify</source>
        <translation>Keine Modulsitzung zum Prüfen</translation>
    </message>
    <message>
        <source>Waiting for the module to finish installing and come back</source>
        <translation>Warte, bis das Modul fertig installiert hat und zurückkommt</translation>
    </message>
    <message>
        <source>Reading the firmware version</source>
        <translation>Lese die Firmware-Version</translation>
    </message>
    <message>
        <source>The module went away again; waiting for it</source>
        <translation>Das Modul ist wieder verschwunden; warte darauf</translation>
    </message>
    <message>
        <source>The module did not tell its firmware version</source>
        <translation>Das Modul hat seine Firmware-Version nicht genannt</translation>
    </message>
    <message>
        <source>Read it yourself (%1) before updating again.</source>
        <translation>Vor einem erneuten Update selbst lesen (%1).</translation>
    </message>
    <message>
        <source>The module still runs %1: the install did not complete</source>
        <translation>Das Modul läuft noch mit %1: die Installation wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>The module runs %1, not the expected %2</source>
        <translation>Das Modul läuft mit %1, nicht mit dem erwarteten %2</translation>
    </message>
    <message>
        <source>Update the module again; its settings are as the update left them.</source>
        <translation>Das Modul erneut aktualisieren; seine Einstellungen sind so, wie das Update sie hinterließ.</translation>
    </message>
    <message>
        <source>The module is still downloading or installing; waiting for it</source>
        <translation>Das Modul lädt oder installiert noch; warte darauf</translation>
    </message>
    <message>
        <source>The module is still installing; waiting for it to restart</source>
        <translation>Das Modul installiert noch; warte auf seinen Neustart</translation>
    </message>
    <message>
        <source>The module does not answer now; it may be installing. Never power it off.</source>
        <translation>Das Modul antwortet gerade nicht; es installiert womöglich. Niemals ausschalten.</translation>
    </message>
    <message>
        <source>The module still runs %1; waiting to see whether it installs</source>
        <translation>Das Modul läuft noch mit %1; warte ab, ob es installiert</translation>
    </message>
    <message>
        <source>The module still runs %1 and downloads the package; waiting for it</source>
        <translation>Das Modul läuft noch mit %1 und lädt das Paket herunter; warte darauf</translation>
    </message>
    <message>
        <source>The module still runs %1: it did not install the package</source>
        <translation>Das Modul läuft noch mit %1: es hat das Paket nicht installiert</translation>
    </message>
</context>
<context>
    <name>XmodemLink</name>
    <message>
        <source>The port is busy or gone.</source>
        <translation>Der Port ist belegt oder verschwunden.</translation>
    </message>
</context>
<context>
    <name>XmodemSender</name>
    <message>
        <source>%1 bytes sent in %2 blocks.</source>
        <translation>%1 Byte in %2 Blöcken gesendet.</translation>
    </message>
    <message>
        <source>The module never asked for the data (no &apos;C&apos; or NAK within %1 s). Check that it accepted the download command and that the port and baud rate are right, then try again.</source>
        <translation>Das Modul hat die Daten nie angefordert (kein &apos;C&apos; oder NAK innerhalb von %1 s). Prüfen, ob es den Download-Befehl angenommen hat und Port und Baudrate stimmen, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The module rejected block %1 %2 times. The link corrupts data: check the cable, use a lower baud rate, then try again.</source>
        <translation>Das Modul hat Block %1 %2-mal abgelehnt. Die Verbindung verfälscht Daten: Kabel prüfen, eine niedrigere Baudrate wählen, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The module stopped answering at block %1 (no reply within %2 s, %3 tries). Check the cable and the module&apos;s power, then try again.</source>
        <translation>Das Modul antwortete ab Block %1 nicht mehr (keine Antwort innerhalb von %2 s, %3 Versuche). Kabel und Stromversorgung des Moduls prüfen, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The module cancelled the transfer at block %1. It may have rejected the package (another model or version) or run out of space: check the package, then try again.</source>
        <translation>Das Modul hat die Übertragung bei Block %1 abgebrochen. Es hat das Paket womöglich abgelehnt (anderes Modell oder andere Version) oder keinen Platz mehr: das Paket prüfen, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>Die Übertragung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>All data was sent, but the module did not confirm the end of the transfer. Check the module&apos;s state before installing.</source>
        <translation>Alle Daten wurden gesendet, aber das Modul hat das Ende der Übertragung nicht bestätigt. Vor der Installation den Zustand des Moduls prüfen.</translation>
    </message>
    <message>
        <source>The port was lost during the transfer. Reconnect the module and start the update again.</source>
        <translation>Der Port ging während der Übertragung verloren. Das Modul wieder anschließen und das Update erneut starten.</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>cannot write the archive: %1</source>
        <translation>das Archiv lässt sich nicht schreiben: %1</translation>
    </message>
    <message>
        <source>the archive is already complete</source>
        <translation>das Archiv ist bereits abgeschlossen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no safe name inside an archive</source>
        <translation>„%1“ ist kein sicherer Name in einem Archiv</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the archive twice</source>
        <translation>„%1“ ist zweimal im Archiv</translation>
    </message>
    <message>
        <source>the archive would need ZIP64, which is not written</source>
        <translation>das Archiv würde ZIP64 benötigen, das nicht geschrieben wird</translation>
    </message>
</context>
<context>
    <name>fotadesk-cli</name>
    <message>
        <source>List the serial ports and the module behind each.</source>
        <translation>Die seriellen Ports und das Modul dahinter auflisten.</translation>
    </message>
    <message>
        <source>Read who the module on each port is.</source>
        <translation>Auslesen, welches Modul an jedem Port hängt.</translation>
    </message>
    <message>
        <source>Send AT commands to a module and print the answers.</source>
        <translation>AT-Befehle an ein Modul senden und die Antworten ausgeben.</translation>
    </message>
    <message>
        <source>Update a module&apos;s firmware: checks, settings backup, update, verify, restore.</source>
        <translation>Die Firmware eines Moduls aktualisieren: Prüfungen, Einstellungen sichern, Update, Prüfung der Version, Wiederherstellung.</translation>
    </message>
    <message>
        <source>List recent update jobs, how they ended, and interrupted ones.</source>
        <translation>Die letzten Update-Aufträge auflisten, wie sie endeten, und die unterbrochenen.</translation>
    </message>
    <message>
        <source>Serve packages over HTTP for modules that download them themselves.</source>
        <translation>Pakete per HTTP für Module bereitstellen, die sie selbst herunterladen.</translation>
    </message>
    <message>
        <source>Update a simulated fleet end to end and print a report.</source>
        <translation>Eine simulierte Flotte vollständig aktualisieren und einen Bericht ausgeben.</translation>
    </message>
    <message>
        <source>Also watch device paths matching GLOB (repeatable), e.g. &apos;/tmp/modems/*&apos;; pseudo-terminals are not listed by the system. Adds to the setting ports/extra.</source>
        <translation>Zusätzlich Gerätepfade beobachten, die auf GLOB passen (wiederholbar), z. B. &apos;/tmp/modems/*&apos;; Pseudo-Terminals listet das System nicht auf. Ergänzt die Einstellung ports/extra.</translation>
    </message>
    <message>
        <source>--%1 wants a rate in baud, such as 115200; got &quot;%2&quot;</source>
        <translation>--%1 erwartet eine Rate in Baud, etwa 115200; erhalten: „%2“</translation>
    </message>
    <message>
        <source>no port &quot;%1&quot;; run &apos;fotadesk-cli ports&apos; to list the ports (add --scan GLOB for pseudo-terminals)</source>
        <translation>kein Port „%1“; &apos;fotadesk-cli ports&apos; listet die Ports auf (für Pseudo-Terminals --scan GLOB hinzufügen)</translation>
    </message>
    <message>
        <source>Usage: fotadesk-cli &lt;subcommand&gt; [options]

</source>
        <translation>Aufruf: fotadesk-cli &lt;Unterbefehl&gt; [Optionen]

</translation>
    </message>
    <message>
        <source>
Every subcommand takes --scan GLOB (repeatable) and --help.
Exit status: 0 success, 1 failure reported by the module, 2 usage error,
3 port or transport error, 4 timeout.
</source>
        <translation>
Jeder Unterbefehl akzeptiert --scan GLOB (wiederholbar) und --help.
Exit-Status: 0 Erfolg, 1 vom Modul gemeldeter Fehler, 2 Aufruffehler,
3 Port- oder Übertragungsfehler, 4 Zeitüberschreitung.
</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;; run &apos;fotadesk-cli --help&apos; for the list</source>
        <translation>unbekannter Unterbefehl „%1“; &apos;fotadesk-cli --help&apos; zeigt die Liste</translation>
    </message>
    <message>
        <source>%1; run &apos;fotadesk-cli %2 --help&apos;</source>
        <translation>%1; siehe &apos;fotadesk-cli %2 --help&apos;</translation>
    </message>
    <message>
        <source>Write everything about one module into a zip for support, secrets masked.</source>
        <translation>Alles über ein Modul für den Support in eine ZIP-Datei schreiben, Geheimnisse maskiert.</translation>
    </message>
    <message>
        <source>Keep a module&apos;s conversation during identify, AT commands or a whole update, for fotadesk-sim --replay; secrets masked.</source>
        <translation>Die Kommunikation mit einem Modul während identify, AT-Befehlen oder eines ganzen Updates für fotadesk-sim --replay aufzeichnen; Geheimnisse maskiert.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Firmware updates for cellular IoT modules over serial/USB and over the air.</source>
        <translation>Firmware-Updates für Mobilfunk-IoT-Module über Seriell/USB und over the air.</translation>
    </message>
    <message>
        <source>Also watch these device paths (repeatable).</source>
        <translation>Zusätzlich diese Gerätepfade beobachten (wiederholbar).</translation>
    </message>
    <message>
        <source>Start on a simulated fleet with packages ready.</source>
        <translation>Mit einer simulierten Flotte und bereitliegenden Paketen starten.</translation>
    </message>
    <message>
        <source>Modules in the simulated fleet.</source>
        <translation>Anzahl der Module in der simulierten Flotte.</translation>
    </message>
    <message>
        <source>FotaDesk demo</source>
        <translation>FotaDesk-Demo</translation>
    </message>
    <message>
        <source>The simulated fleet did not start: %1</source>
        <translation>Die simulierte Flotte ist nicht gestartet: %1</translation>
    </message>
</context>
</TS>
