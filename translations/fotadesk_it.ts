<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>ApplicabilityModel</name>
        <message>
            <source>Choose a package</source>
            <translation>Scegli un pacchetto</translation>
        </message>
        <message>
            <source>Applies</source>
            <translation>Applicabile</translation>
        </message>
        <message>
            <source>Check failed (can be overridden)</source>
            <translation>Verifica non superata (ignorabile)</translation>
        </message>
        <message>
            <source>Does not apply</source>
            <translation>Non applicabile</translation>
        </message>
        <message>
            <source>The SIM needs its PIN: enter it below</source>
            <translation>La SIM richiede il PIN: inseriscilo qui sotto</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Modulo</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Porta</translation>
        </message>
        <message>
            <source>Firmware now</source>
            <translation>Firmware attuale</translation>
        </message>
        <message>
            <source>Package</source>
            <translation>Pacchetto</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
    </context>
    <context>
        <name>AtChannel</name>
        <message>
            <source>port error: %1</source>
            <translation>errore della porta: %1</translation>
        </message>
        <message>
            <source>refused %1: %2</source>
            <translation>%1 rifiutato: %2</translation>
        </message>
        <message>
            <source>write failed: %1</source>
            <translation>scrittura non riuscita: %1</translation>
        </message>
        <message>
            <source>raw mode</source>
            <translation>modalità dati grezzi</translation>
        </message>
        <message>
            <source>line mode</source>
            <translation>modalità a righe</translation>
        </message>
        <message>
            <source>over-long line dropped, starting %1</source>
            <translation>riga troppo lunga scartata, iniziava con %1</translation>
        </message>
        <message>
            <source>garbage dropped, %1</source>
            <translation>dati illeggibili scartati, %1</translation>
        </message>
        <message>
            <source>%1 (late, no command waiting)</source>
            <translation>%1 (in ritardo, nessun comando in attesa)</translation>
        </message>
        <message>
            <source>'&gt;' prompt with no data to send</source>
            <translation>prompt '&gt;' senza dati da inviare</translation>
        </message>
        <message>
            <source>no final result for %1 within %2 ms</source>
            <translation>nessun esito finale per %1 entro %2 ms</translation>
        </message>
        <message>
            <source>port lost</source>
            <translation>porta persa</translation>
        </message>
    </context>
    <context>
        <name>AtResult</name>
        <message>
            <source>the module did not answer %1 in time</source>
            <translation>il modulo non ha risposto a %1 in tempo</translation>
        </message>
        <message>
            <source>%1 was cancelled</source>
            <translation>%1 è stato annullato</translation>
        </message>
        <message>
            <source>the port was lost before %1 completed</source>
            <translation>la porta è stata persa prima del completamento di %1</translation>
        </message>
        <message>
            <source>%1 was refused: %2</source>
            <translation>%1 è stato rifiutato: %2</translation>
        </message>
    </context>
    <context>
        <name>CinterionLwm2mFlow</name>
        <message>
            <source>No module session to update</source>
            <translation>Nessuna sessione del modulo da aggiornare</translation>
        </message>
        <message>
            <source>Correct the LwM2M profile and start again.</source>
            <translation>Correggi il profilo LwM2M e ricomincia.</translation>
        </message>
        <message>
            <source>The SIM did not accept its PIN after the reboot</source>
            <translation>La SIM non ha accettato il PIN dopo il riavvio</translation>
        </message>
        <message>
            <source>Enter the right PIN (the SIM locks after three wrong ones), then read the firmware version with ATI1.</source>
            <translation>Inserisci il PIN corretto (la SIM si blocca dopo tre errati), poi leggi la versione del firmware con ATI1.</translation>
        </message>
        <message>
            <source>Writing the LwM2M profile %1</source>
            <translation>Scrittura del profilo LwM2M %1</translation>
        </message>
        <message>
            <source>Starting the LwM2M client</source>
            <translation>Avvio del client LwM2M</translation>
        </message>
        <message>
            <source>LwM2M client started; waiting for the server to update the firmware</source>
            <translation>Client LwM2M avviato; in attesa che il server aggiorni il firmware</translation>
        </message>
        <message>
            <source>The port went away during %1</source>
            <translation>La porta è scomparsa durante %1</translation>
        </message>
        <message>
            <source>Reconnect the module and start again.</source>
            <translation>Ricollega il modulo e ricomincia.</translation>
        </message>
        <message>
            <source>The module did not answer %1</source>
            <translation>Il modulo non ha risposto a %1</translation>
        </message>
        <message>
            <source>Check the cable and the serial rate, then start again.</source>
            <translation>Controlla il cavo e la velocità seriale, poi ricomincia.</translation>
        </message>
        <message>
            <source>The module refused %1 (%2)</source>
            <translation>Il modulo ha rifiutato %1 (%2)</translation>
        </message>
        <message>
            <source>Check that the firmware supports AT^SNLWM2M and the profile's values.</source>
            <translation>Verifica che il firmware supporti AT^SNLWM2M e controlla i valori del profilo.</translation>
        </message>
        <message>
            <source>The firmware update failed: %1</source>
            <translation>Aggiornamento del firmware non riuscito: %1</translation>
        </message>
        <message>
            <source>Firmware object: %1</source>
            <translation>Oggetto firmware: %1</translation>
        </message>
        <message>
            <source>The module installs the new firmware and restarts. Never power it off.</source>
            <translation>Il modulo installa il nuovo firmware e si riavvia. Non spegnerlo mai.</translation>
        </message>
        <message>
            <source>The module restarts into the new firmware; waiting for it to come back</source>
            <translation>Il modulo si riavvia con il nuovo firmware; in attesa che ritorni</translation>
        </message>
        <message>
            <source>The port went away before the update started</source>
            <translation>La porta è scomparsa prima dell'inizio dell'aggiornamento</translation>
        </message>
        <message>
            <source>Reconnect the module and start again; its firmware is unchanged.</source>
            <translation>Ricollega il modulo e ricomincia; il suo firmware è invariato.</translation>
        </message>
        <message>
            <source>Found again on %1</source>
            <translation>Ritrovato su %1</translation>
        </message>
        <message>
            <source>Reading the firmware revision</source>
            <translation>Lettura della revisione del firmware</translation>
        </message>
        <message>
            <source>The module's firmware revision could not be read</source>
            <translation>Non è stato possibile leggere la revisione del firmware del modulo</translation>
        </message>
        <message>
            <source>Read it with ATI1 before trusting the update.</source>
            <translation>Leggila con ATI1 prima di fidarti dell'aggiornamento.</translation>
        </message>
        <message>
            <source>The module runs %1, expected %2</source>
            <translation>Il modulo esegue %1, atteso %2</translation>
        </message>
        <message>
            <source>The LwM2M server may have sent another package; check its campaign.</source>
            <translation>Il server LwM2M potrebbe aver inviato un altro pacchetto; controlla la sua campagna.</translation>
        </message>
        <message>
            <source>The module still runs %1</source>
            <translation>Il modulo esegue ancora %1</translation>
        </message>
        <message>
            <source>Object 5 reports success but the revision is unchanged; read ATI1 again after the next restart.</source>
            <translation>L'oggetto 5 segnala successo ma la revisione è invariata; rileggi ATI1 dopo il prossimo riavvio.</translation>
        </message>
        <message>
            <source>The LwM2M server started no firmware update in time</source>
            <translation>Il server LwM2M non ha avviato in tempo alcun aggiornamento del firmware</translation>
        </message>
        <message>
            <source>Check the profile (server URI, security) and the campaign on the LwM2M server.</source>
            <translation>Controlla il profilo (URI del server, sicurezza) e la campagna sul server LwM2M.</translation>
        </message>
        <message>
            <source>The module reported no update result after the reboot</source>
            <translation>Il modulo non ha riportato alcun esito dell'aggiornamento dopo il riavvio</translation>
        </message>
        <message>
            <source>Read object 5 (/5/0/5) and the firmware revision (ATI1) before trusting the update.</source>
            <translation>Leggi l'oggetto 5 (/5/0/5) e la revisione del firmware (ATI1) prima di fidarti dell'aggiornamento.</translation>
        </message>
    </context>
    <context>
        <name>CinterionOtaFlow</name>
        <message>
            <source>Download stopped; starting the update again resumes it</source>
            <translation>Download interrotto; riavviando l'aggiornamento riprende</translation>
        </message>
        <message>
            <source>The package could not be hashed: %1</source>
            <translation>Impossibile calcolare lo hash del pacchetto: %1</translation>
        </message>
        <message>
            <source>Check that the package file exists and is readable.</source>
            <translation>Verifica che il file del pacchetto esista e sia leggibile.</translation>
        </message>
        <message>
            <source>No module session to update</source>
            <translation>Nessuna sessione del modulo da aggiornare</translation>
        </message>
        <message>
            <source>No valid http(s) URL for the module to download from</source>
            <translation>Nessun URL http(s) valido da cui il modulo possa scaricare</translation>
        </message>
        <message>
            <source>Give the package's URL, or let FotaDesk serve the package itself.</source>
            <translation>Indica l'URL del pacchetto, oppure lascia che FotaDesk lo fornisca.</translation>
        </message>
        <message>
            <source>The SIM did not accept its PIN after the reboot</source>
            <translation>La SIM non ha accettato il PIN dopo il riavvio</translation>
        </message>
        <message>
            <source>Enter the right PIN (the SIM locks after three wrong ones), then read the firmware version with ATI1.</source>
            <translation>Inserisci il PIN corretto (la SIM si blocca dopo tre errati), poi leggi la versione del firmware con ATI1.</translation>
        </message>
        <message>
            <source>https: the module needs the server's CA certificate (AT^SBNW=is_cert,&lt;n&gt;)</source>
            <translation>https: il modulo richiede il certificato CA del server (AT^SBNW=is_cert,&lt;n&gt;)</translation>
        </message>
        <message>
            <source>Preparing the over-the-air update</source>
            <translation>Preparazione dell'aggiornamento over the air</translation>
        </message>
        <message>
            <source>The package's SHA-256 is not 64 hex digits</source>
            <translation>Lo SHA-256 del pacchetto non è di 64 cifre esadecimali</translation>
        </message>
        <message>
            <source>Check the package catalog entry.</source>
            <translation>Controlla la voce nel catalogo dei pacchetti.</translation>
        </message>
        <message>
            <source>The package's SHA-256 is not known</source>
            <translation>Lo SHA-256 del pacchetto non è noto</translation>
        </message>
        <message>
            <source>Give the package file or its SHA-256: the module checks the download against it.</source>
            <translation>Indica il file del pacchetto o il suo SHA-256: il modulo vi confronta il download.</translation>
        </message>
        <message>
            <source>Computing the package's SHA-256</source>
            <translation>Calcolo dello SHA-256 del pacchetto</translation>
        </message>
        <message>
            <source>The port went away during %1</source>
            <translation>La porta è scomparsa durante %1</translation>
        </message>
        <message>
            <source>Reconnect the module and start again; its firmware is unchanged.</source>
            <translation>Ricollega il modulo e ricomincia; il suo firmware è invariato.</translation>
        </message>
        <message>
            <source>The module did not answer %1</source>
            <translation>Il modulo non ha risposto a %1</translation>
        </message>
        <message>
            <source>Check the cable and the serial rate, then start again.</source>
            <translation>Controlla il cavo e la velocità seriale, poi ricomincia.</translation>
        </message>
        <message>
            <source>The module refused %1 (%2)</source>
            <translation>Il modulo ha rifiutato %1 (%2)</translation>
        </message>
        <message>
            <source>Check that the firmware supports AT^SNFOTA and the values given (APN, URL).</source>
            <translation>Verifica che il firmware supporti AT^SNFOTA e controlla i valori indicati (APN, URL).</translation>
        </message>
        <message>
            <source>Setting up the PDP context</source>
            <translation>Configurazione del contesto PDP</translation>
        </message>
        <message>
            <source>registered with %1</source>
            <translation>registrato su %1</translation>
        </message>
        <message>
            <source>The module is deregistered from the network (AT+COPS=2)</source>
            <translation>Il modulo è deregistrato dalla rete (AT+COPS=2)</translation>
        </message>
        <message>
            <source>Register it again with AT+COPS=0, then start the update.</source>
            <translation>Registralo di nuovo con AT+COPS=0, poi avvia l'aggiornamento.</translation>
        </message>
        <message>
            <source>The module is not registered with a network</source>
            <translation>Il modulo non è registrato su alcuna rete</translation>
        </message>
        <message>
            <source>Check the SIM, the antenna and the coverage, then start again.</source>
            <translation>Controlla la SIM, l'antenna e la copertura, poi ricomincia.</translation>
        </message>
        <message>
            <source>Waiting for the module to register with the network</source>
            <translation>In attesa che il modulo si registri sulla rete</translation>
        </message>
        <message>
            <source>Writing the FOTA settings</source>
            <translation>Scrittura delle impostazioni FOTA</translation>
        </message>
        <message>
            <source>The module did not keep the FOTA settings: %1</source>
            <translation>Il modulo non ha mantenuto le impostazioni FOTA: %1</translation>
        </message>
        <message>
            <source>Check the URL (length, characters) and the connection id, then start again.</source>
            <translation>Controlla l'URL (lunghezza, caratteri) e l'id di connessione, poi ricomincia.</translation>
        </message>
        <message>
            <source>a partial download (%1 %) is on the module; it resumes</source>
            <translation>sul modulo c'è un download parziale (%1 %); riprende</translation>
        </message>
        <message>
            <source>The module downloads the package</source>
            <translation>Il modulo scarica il pacchetto</translation>
        </message>
        <message>
            <source>The download was stopped on the module (user break)</source>
            <translation>Il download è stato interrotto sul modulo (interruzione dell'utente)</translation>
        </message>
        <message>
            <source>The download failed: %1</source>
            <translation>Il download non è riuscito: %1</translation>
        </message>
        <message>
            <source>Download complete; the module checked its SHA-256</source>
            <translation>Download completato; il modulo ha verificato lo SHA-256</translation>
        </message>
        <message>
            <source>Installing: the module flashes the new firmware and restarts. Never power it off.</source>
            <translation>Installazione: il modulo scrive il nuovo firmware e si riavvia. Non spegnerlo mai.</translation>
        </message>
        <message>
            <source>The module refused to start the install (%1)</source>
            <translation>Il modulo ha rifiutato di avviare l'installazione (%1)</translation>
        </message>
        <message>
            <source>Download the package again, then start the install.</source>
            <translation>Scarica di nuovo il pacchetto, poi avvia l'installazione.</translation>
        </message>
        <message>
            <source>The install restarts after an interruption. Never power the module off.</source>
            <translation>L'installazione riparte dopo un'interruzione. Non spegnere mai il modulo.</translation>
        </message>
        <message>
            <source>Install started</source>
            <translation>Installazione avviata</translation>
        </message>
        <message>
            <source>Package checksum OK</source>
            <translation>Checksum del pacchetto corretto</translation>
        </message>
        <message>
            <source>The module rejected the package's checksum</source>
            <translation>Il modulo ha rifiutato il checksum del pacchetto</translation>
        </message>
        <message>
            <source>Download the package again, then install it.</source>
            <translation>Scarica di nuovo il pacchetto, poi installalo.</translation>
        </message>
        <message>
            <source>Flashing</source>
            <translation>Scrittura in flash</translation>
        </message>
        <message>
            <source>Phase 1 of the install done</source>
            <translation>Fase 1 dell'installazione completata</translation>
        </message>
        <message>
            <source>The module could not install the package</source>
            <translation>Il modulo non è riuscito a installare il pacchetto</translation>
        </message>
        <message>
            <source>The module keeps its current firmware; the package is probably a delta for another base version. Check the package against the module's revision (ATI1).</source>
            <translation>Il modulo mantiene il firmware attuale; il pacchetto è probabilmente un delta per un'altra versione di base. Confronta il pacchetto con la revisione del modulo (ATI1).</translation>
        </message>
        <message>
            <source>Phase 2 of the install runs; the module restarts when it is done</source>
            <translation>È in corso la fase 2 dell'installazione; al termine il modulo si riavvia</translation>
        </message>
        <message>
            <source>The module started</source>
            <translation>Il modulo si è avviato</translation>
        </message>
        <message>
            <source>The module loaded its provider profile</source>
            <translation>Il modulo ha caricato il profilo operatore</translation>
        </message>
        <message>
            <source>The port went away before the download started</source>
            <translation>La porta è scomparsa prima dell'inizio del download</translation>
        </message>
        <message>
            <source>The port went away while the download was being stopped</source>
            <translation>La porta è scomparsa mentre si interrompeva il download</translation>
        </message>
        <message>
            <source>The port went away during the download; waiting for the module to resume it</source>
            <translation>La porta è scomparsa durante il download; in attesa che il modulo lo riprenda</translation>
        </message>
        <message>
            <source>The module restarts to finish the install; waiting for it to come back</source>
            <translation>Il modulo si riavvia per completare l'installazione; in attesa che ritorni</translation>
        </message>
        <message>
            <source>Found again on %1</source>
            <translation>Ritrovato su %1</translation>
        </message>
        <message>
            <source>Reading the firmware revision</source>
            <translation>Lettura della revisione del firmware</translation>
        </message>
        <message>
            <source>The module's firmware revision could not be read</source>
            <translation>Non è stato possibile leggere la revisione del firmware del modulo</translation>
        </message>
        <message>
            <source>Read it with ATI1 before trusting the update.</source>
            <translation>Leggila con ATI1 prima di fidarti dell'aggiornamento.</translation>
        </message>
        <message>
            <source>The module runs %1, expected %2</source>
            <translation>Il modulo esegue %1, atteso %2</translation>
        </message>
        <message>
            <source>The package may not apply to this module's base firmware; check the package and the module's revision before another attempt.</source>
            <translation>Il pacchetto potrebbe non applicarsi al firmware di base del modulo; controlla il pacchetto e la revisione del modulo prima di riprovare.</translation>
        </message>
        <message>
            <source>The module still runs %1</source>
            <translation>Il modulo esegue ancora %1</translation>
        </message>
        <message>
            <source>The install did not take; check the package and the module's log.</source>
            <translation>L'installazione non ha avuto effetto; controlla il pacchetto e il log del modulo.</translation>
        </message>
        <message>
            <source>Cancelled; the module keeps its current firmware</source>
            <translation>Annullato; il modulo mantiene il firmware attuale</translation>
        </message>
        <message>
            <source>Stopping the download</source>
            <translation>Interruzione del download</translation>
        </message>
        <message>
            <source>stopping the download: %1</source>
            <translation>interruzione del download: %1</translation>
        </message>
        <message>
            <source>The download did not finish within %1 s</source>
            <translation>Il download non è terminato entro %1 s</translation>
        </message>
        <message>
            <source>Check the coverage and the server; starting the update again resumes the download.</source>
            <translation>Controlla la copertura e il server; riavviando l'aggiornamento il download riprende.</translation>
        </message>
    </context>
    <context>
        <name>ConsoleDeck</name>
        <message>
            <source>Select a module to talk to it.</source>
            <translation>Seleziona un modulo per comunicare con esso.</translation>
        </message>
    </context>
    <context>
        <name>ConsoleWidget</name>
        <message>
            <source>Send</source>
            <translation>Invia</translation>
        </message>
        <message>
            <source>Replies to the commands you send appear here. The module's full traffic is in the Log tab.</source>
            <translation>Qui compaiono le risposte ai comandi inviati. Tutto il traffico del modulo è nella scheda Log.</translation>
        </message>
        <message>
            <source>AT command, e.g. AT+CGMR (Up/Down: history)</source>
            <translation>Comando AT, ad es. AT+CGMR (Su/Giù: cronologia)</translation>
        </message>
        <message>
            <source>AT command</source>
            <translation>Comando AT</translation>
        </message>
        <message>
            <source>%1 was not sent: %2</source>
            <translation>%1 non è stato inviato: %2</translation>
        </message>
        <message>
            <source>Refused while an update runs. %1</source>
            <translation>Rifiutato mentre è in corso un aggiornamento. %1</translation>
        </message>
        <message>
            <source>Waiting for the reply to %1</source>
            <translation>In attesa della risposta a %1</translation>
        </message>
    </context>
    <context>
        <name>DemoFleet</name>
        <message>
            <source>fotadesk-sim was not found next to %1 or in its build tree</source>
            <translation>fotadesk-sim non è stato trovato accanto a %1 né nella sua cartella di build</translation>
        </message>
        <message>
            <source>cannot make a folder for the demo fleet in %1</source>
            <translation>impossibile creare una cartella per la flotta dimostrativa in %1</translation>
        </message>
        <message>
            <source>fotadesk-sim make-package failed: %1</source>
            <translation>fotadesk-sim make-package non è riuscito: %1</translation>
        </message>
        <message>
            <source>cannot run %1: %2</source>
            <translation>impossibile eseguire %1: %2</translation>
        </message>
        <message>
            <source>the simulated module %1 stopped (exit code %2)</source>
            <translation>il modulo simulato %1 si è fermato (codice di uscita %2)</translation>
        </message>
    </context>
    <context>
        <name>Discovery</name>
        <message>
            <source>released for another tool; reclaim the module to use it again</source>
            <translation>rilasciato a un altro programma; riprendi il modulo per usarlo di nuovo</translation>
        </message>
        <message>
            <source>in use by %1</source>
            <translation>in uso da %1</translation>
        </message>
        <message>
            <source>finish or close it there first</source>
            <translation>prima terminalo o chiudilo lì</translation>
        </message>
        <message>
            <source>answers AT but gives neither IMEI nor serial number, so it cannot be told apart from other modules</source>
            <translation>risponde ad AT ma non fornisce né IMEI né numero di serie, quindi non si distingue dagli altri moduli</translation>
        </message>
        <message>
            <source>if a module is behind it, check its power and rate, then probe again</source>
            <translation>se dietro c'è un modulo, controlla alimentazione e velocità, poi rileva di nuovo</translation>
        </message>
        <message>
            <source>close the program that has the port open (a terminal, another FotaDesk), then probe again</source>
            <translation>chiudi il programma che tiene aperta la porta (un terminale, un altro FotaDesk), poi rileva di nuovo</translation>
        </message>
        <message>
            <source>add your user to the dialout group (sudo usermod -aG dialout $USER) and log in again</source>
            <translation>aggiungi il tuo utente al gruppo dialout (sudo usermod -aG dialout $USER) e accedi di nuovo</translation>
        </message>
        <message>
            <source>ask an administrator for access to serial ports</source>
            <translation>chiedi a un amministratore l'accesso alle porte seriali</translation>
        </message>
        <message>
            <source>unplug and replug the device, then probe again</source>
            <translation>scollega e ricollega il dispositivo, poi rileva di nuovo</translation>
        </message>
        <message>
            <source>another interface of the module on %1</source>
            <translation>un'altra interfaccia del modulo su %1</translation>
        </message>
        <message>
            <source>port error (%1); looking for the module again</source>
            <translation>errore della porta (%1); si cerca di nuovo il modulo</translation>
        </message>
    </context>
    <context>
        <name>Engine</name>
        <message>
            <source>The history database could not be opened (%1); jobs will run but not be recorded. Check the data folder in Settings.</source>
            <translation>Impossibile aprire il database della cronologia (%1); i job verranno eseguiti ma non registrati. Controlla la cartella dati nelle Impostazioni.</translation>
        </message>
        <message>
            <source>Updates are not available in this build yet.</source>
            <translation>Gli aggiornamenti non sono ancora disponibili in questa build.</translation>
        </message>
        <message>
            <source>no such module</source>
            <translation>modulo inesistente</translation>
        </message>
    </context>
    <context>
        <name>FailureReason</name>
        <message>
            <source>none</source>
            <translation>nessuno</translation>
        </message>
        <message>
            <source>package not applicable</source>
            <translation>pacchetto non applicabile</translation>
        </message>
        <message>
            <source>module refused a command</source>
            <translation>il modulo ha rifiutato un comando</translation>
        </message>
        <message>
            <source>timed out</source>
            <translation>tempo scaduto</translation>
        </message>
        <message>
            <source>port lost</source>
            <translation>porta persa</translation>
        </message>
        <message>
            <source>transfer failed</source>
            <translation>trasferimento non riuscito</translation>
        </message>
        <message>
            <source>integrity check failed</source>
            <translation>verifica di integrità non riuscita</translation>
        </message>
        <message>
            <source>not enough space</source>
            <translation>spazio insufficiente</translation>
        </message>
        <message>
            <source>server error</source>
            <translation>errore del server</translation>
        </message>
        <message>
            <source>network error</source>
            <translation>errore di rete</translation>
        </message>
        <message>
            <source>unexpected firmware version</source>
            <translation>versione firmware inattesa</translation>
        </message>
        <message>
            <source>install failed</source>
            <translation>installazione non riuscita</translation>
        </message>
        <message>
            <source>SIM locked</source>
            <translation>SIM bloccata</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annullato</translation>
        </message>
        <message>
            <source>internal error</source>
            <translation>errore interno</translation>
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
            <translation>Sconosciuta</translation>
        </message>
    </context>
    <context>
        <name>FileHasher</name>
        <message>
            <source>cannot read %1: %2</source>
            <translation>impossibile leggere %1: %2</translation>
        </message>
    </context>
    <context>
        <name>FlashWriter</name>
        <message>
            <source>The port is not open. Reconnect the module and try again.</source>
            <translation>La porta non è aperta. Ricollega il modulo e riprova.</translation>
        </message>
        <message>
            <source>The package is empty: there is nothing to write. Check the package file.</source>
            <translation>Il pacchetto è vuoto: non c'è nulla da scrivere. Controlla il file del pacchetto.</translation>
        </message>
        <message>
            <source>The package (%1 bytes) is larger than the module's FOTA partition (%2 bytes); nothing was written. Check that it is a delta package for this module.</source>
            <translation>Il pacchetto (%1 byte) è più grande della partizione FOTA del modulo (%2 byte); non è stato scritto nulla. Verifica che sia un pacchetto delta per questo modulo.</translation>
        </message>
        <message>
            <source>The flash upload was cancelled. The partition holds part of the package: write it again before starting the update.</source>
            <translation>Il caricamento in flash è stato annullato. La partizione contiene parte del pacchetto: riscrivilo prima di avviare l'aggiornamento.</translation>
        </message>
        <message>
            <source>The module refused to erase the FOTA partition (%1). Check that no download or update is running on it, then try again; if it persists, restart the module.</source>
            <translation>Il modulo ha rifiutato di cancellare la partizione FOTA (%1). Verifica che non vi sia in corso alcun download o aggiornamento, poi riprova; se persiste, riavvia il modulo.</translation>
        </message>
        <message>
            <source>The module refused the write at offset %1 of %2 bytes (%3). Write the package again (the partition is erased first); if it fails at the same place, restart the module.</source>
            <translation>Il modulo ha rifiutato la scrittura all'offset %1 di %2 byte (%3). Riscrivi il pacchetto (prima la partizione viene cancellata); se fallisce nello stesso punto, riavvia il modulo.</translation>
        </message>
        <message>
            <source>%1 bytes written to the FOTA partition.</source>
            <translation>%1 byte scritti nella partizione FOTA.</translation>
        </message>
        <message>
            <source>Reading the flash back failed at offset %1 (%2). The firmware may not support AT+CFLR: turn verification off, or write the package again.</source>
            <translation>La rilettura della flash non è riuscita all'offset %1 (%2). Il firmware potrebbe non supportare AT+CFLR: disattiva la verifica o riscrivi il pacchetto.</translation>
        </message>
        <message>
            <source>The flash differs from the package at offset %1. Do not start the update: write the package again.</source>
            <translation>La flash differisce dal pacchetto all'offset %1. Non avviare l'aggiornamento: riscrivi il pacchetto.</translation>
        </message>
        <message>
            <source>%1 bytes written to the FOTA partition and verified.</source>
            <translation>%1 byte scritti nella partizione FOTA e verificati.</translation>
        </message>
        <message>
            <source>The module did not answer %1 in time (at offset %2 of %3 bytes). Check that the baud rate is fixed (AT+IPR) and the cable is sound, then try again.</source>
            <translation>Il modulo non ha risposto a %1 in tempo (all'offset %2 di %3 byte). Verifica che la velocità sia fissa (AT+IPR) e che il cavo sia integro, poi riprova.</translation>
        </message>
        <message>
            <source>The port was lost at offset %1 of %2 bytes (unplugged or rebooted). Reconnect the module and write the package again; the partition is erased first.</source>
            <translation>La porta è stata persa all'offset %1 di %2 byte (scollegata o riavviata). Ricollega il modulo e riscrivi il pacchetto; prima la partizione viene cancellata.</translation>
        </message>
        <message>
            <source>The flash upload was cancelled.</source>
            <translation>Il caricamento in flash è stato annullato.</translation>
        </message>
    </context>
    <context>
        <name>FleetModel</name>
        <message>
            <source>Done</source>
            <translation>Fatto</translation>
        </message>
        <message>
            <source>Module: %1</source>
            <translation>Modulo: %1</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Porta</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Famiglia</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modello</translation>
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
            <translation>Job</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avanzamento</translation>
        </message>
    </context>
    <context>
        <name>FleetView</name>
        <message>
            <source>Modules</source>
            <translation>Moduli</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <source>%1/s</source>
            <translation>%1/s</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Update history</source>
            <translation>Cronologia aggiornamenti</translation>
        </message>
        <message>
            <source>Filter by IMEI, model, package, outcome…</source>
            <translation>Filtra per IMEI, modello, pacchetto, esito…</translation>
        </message>
        <message>
            <source>Open job</source>
            <translation>Apri job</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Ricarica</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Started</source>
            <translation>Avviato</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Modulo</translation>
        </message>
        <message>
            <source>Package</source>
            <translation>Pacchetto</translation>
        </message>
        <message>
            <source>Firmware before</source>
            <translation>Firmware prima</translation>
        </message>
        <message>
            <source>Firmware after</source>
            <translation>Firmware dopo</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Metodo</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Esito</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durata</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Dati</translation>
        </message>
    </context>
    <context>
        <name>IdentityView</name>
        <message>
            <source>Maker</source>
            <translation>Produttore</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modello</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Famiglia</translation>
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
            <translation>Numero di serie</translation>
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
            <translation>Porta</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Collegamento</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Job</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Linee</translation>
        </message>
        <message>
            <source>No module selected</source>
            <translation>Nessun modulo selezionato</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
    </context>
    <context>
        <name>JobDetailsDialog</name>
        <message>
            <source>Open transcript</source>
            <translation>Apri trascrizione</translation>
        </message>
        <message>
            <source>Job %1: %2</source>
            <translation>Job %1: %2</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Modulo</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Porta</translation>
        </message>
        <message>
            <source>Package</source>
            <translation>Pacchetto</translation>
        </message>
        <message>
            <source>Firmware</source>
            <translation>Firmware</translation>
        </message>
        <message>
            <source>%1 → %2 (expected %3)</source>
            <translation>%1 → %2 (atteso %3)</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Metodo</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Esito</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Cosa è successo</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Cosa fare</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Avviato</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durata</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Dati</translation>
        </message>
    </context>
    <context>
        <name>JobRecovery</name>
        <message>
            <source>FotaDesk stopped while the module was at step %1; the module may still be installing</source>
            <translation>FotaDesk si è chiuso mentre il modulo era al passo %1; il modulo potrebbe ancora installare</translation>
        </message>
        <message>
            <source>Leave the module powered: FotaDesk verifies its firmware and restores its settings as soon as it is back.</source>
            <translation>Lascia il modulo alimentato: FotaDesk ne verifica il firmware e ripristina le impostazioni appena ritorna.</translation>
        </message>
        <message>
            <source>FotaDesk stopped during step %1</source>
            <translation>FotaDesk si è chiuso durante il passo %1</translation>
        </message>
        <message>
            <source>Nothing was installed. Resume the job to start it again from its checks.</source>
            <translation>Non è stato installato nulla. Riprendi il job per ricominciarlo dalle verifiche.</translation>
        </message>
        <message>
            <source>job %1 is not in the store</source>
            <translation>il job %1 non è nell'archivio</translation>
        </message>
        <message>
            <source>job %1 is %2, not interrupted</source>
            <translation>il job %1 è %2, non interrotto</translation>
        </message>
        <message>
            <source>job %1 belongs to module %2</source>
            <translation>il job %1 appartiene al modulo %2</translation>
        </message>
        <message>
            <source>the package of job %1 (%2) is no longer in the catalog</source>
            <translation>il pacchetto del job %1 (%2) non è più nel catalogo</translation>
        </message>
        <message>
            <source>The module did not come back after FotaDesk stopped during step %1</source>
            <translation>Il modulo non è tornato dopo la chiusura di FotaDesk durante il passo %1</translation>
        </message>
        <message>
            <source>Check the module (power, cable); when it is back, resume the job to verify it.</source>
            <translation>Controlla il modulo (alimentazione, cavo); quando ritorna, riprendi il job per verificarlo.</translation>
        </message>
    </context>
    <context>
        <name>JobRunner</name>
        <message>
            <source>no module</source>
            <translation>nessun modulo</translation>
        </message>
        <message>
            <source>job %1 is already updating this module</source>
            <translation>il job %1 sta già aggiornando questo modulo</translation>
        </message>
        <message>
            <source>the job cannot be recorded in the store</source>
            <translation>il job non può essere registrato nell'archivio</translation>
        </message>
        <message>
            <source>no job runs on this module</source>
            <translation>su questo modulo non è in corso alcun job</translation>
        </message>
    </context>
    <context>
        <name>JobState</name>
        <message>
            <source>Pending</source>
            <translation>In attesa</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>In corso</translation>
        </message>
        <message>
            <source>Succeeded</source>
            <translation>Riuscito</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Non riuscito</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annullato</translation>
        </message>
        <message>
            <source>Interrupted</source>
            <translation>Interrotto</translation>
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
            <translation>Verifiche</translation>
        </message>
        <message>
            <source>Settings backup</source>
            <translation>Backup delle impostazioni</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>Trasferimento</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Download</translation>
        </message>
        <message>
            <source>Install</source>
            <translation>Installazione</translation>
        </message>
        <message>
            <source>Reboot</source>
            <translation>Riavvio</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Verifica versione</translation>
        </message>
        <message>
            <source>Settings restore</source>
            <translation>Ripristino impostazioni</translation>
        </message>
        <message>
            <source>SIM PIN</source>
            <translation>PIN della SIM</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Registrazione</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>In corso</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Non riuscito</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Saltato</translation>
        </message>
        <message>
            <source>Interrupted</source>
            <translation>Interrotto</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 a %2</translation>
        </message>
        <message>
            <source>data</source>
            <translation>dati</translation>
        </message>
        <message>
            <source>rate</source>
            <translation>velocità</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>durata</translation>
        </message>
        <message>
            <source>blocks</source>
            <translation>blocchi</translation>
        </message>
        <message>
            <source>retries</source>
            <translation>ripetizioni</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>System language</source>
            <translation>Lingua di sistema</translation>
        </message>
    </context>
    <context>
        <name>LogModel</name>
        <message>
            <source>Time</source>
            <translation>Ora</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Riga</translation>
        </message>
    </context>
    <context>
        <name>LogPanel</name>
        <message>
            <source>Show:</source>
            <translation>Mostra:</translation>
        </message>
        <message>
            <source>Commands</source>
            <translation>Comandi</translation>
        </message>
        <message>
            <source>Responses</source>
            <translation>Risposte</translation>
        </message>
        <message>
            <source>URCs</source>
            <translation>URC</translation>
        </message>
        <message>
            <source>FotaDesk notes</source>
            <translation>Note di FotaDesk</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Disturbi</translation>
        </message>
        <message>
            <source>Search the log</source>
            <translation>Cerca nel log</translation>
        </message>
        <message>
            <source>Follow</source>
            <translation>Segui</translation>
        </message>
        <message>
            <source>Keep the newest line in view</source>
            <translation>Mantieni visibile l'ultima riga</translation>
        </message>
        <message>
            <source>Open transcript</source>
            <translation>Apri trascrizione</translation>
        </message>
        <message>
            <source>The module's full log on disk, every line since FotaDesk first saw it</source>
            <translation>Il log completo del modulo su disco, ogni riga da quando FotaDesk lo ha visto la prima volta</translation>
        </message>
        <message>
            <source>No transcript yet</source>
            <translation>Ancora nessuna trascrizione</translation>
        </message>
        <message>
            <source>The module's full log on disk: %1</source>
            <translation>Il log completo del modulo su disco: %1</translation>
        </message>
        <message>
            <source>%1 of %2 lines</source>
            <translation>%1 di %2 righe</translation>
        </message>
        <message>
            <source>%1 lines</source>
            <translation>%1 righe</translation>
        </message>
        <message>
            <source>%1 older lines are only in the transcript</source>
            <translation>%1 righe più vecchie sono solo nella trascrizione</translation>
        </message>
    </context>
    <context>
        <name>Lwm2mProfile</name>
        <message>
            <source>The profile name must be letters, digits, '_', '-', '.' or ':'</source>
            <translation>Il nome del profilo deve contenere lettere, cifre, '_', '-', '.' o ':'</translation>
        </message>
        <message>
            <source>The PDP context id must be between 1 and 16</source>
            <translation>L'id del contesto PDP deve essere tra 1 e 16</translation>
        </message>
        <message>
            <source>The server must be coap://host:port or coaps://host:port</source>
            <translation>Il server deve essere coap://host:porta o coaps://host:porta</translation>
        </message>
        <message>
            <source>Without security the server URI must use coap://</source>
            <translation>Senza sicurezza l'URI del server deve usare coap://</translation>
        </message>
        <message>
            <source>With PSK or certificate security the server URI must use coaps://</source>
            <translation>Con sicurezza PSK o a certificato l'URI del server deve usare coaps://</translation>
        </message>
        <message>
            <source>PSK security needs an identity (letters, digits, '_', '-', '.', ':')</source>
            <translation>La sicurezza PSK richiede un'identità (lettere, cifre, '_', '-', '.', ':')</translation>
        </message>
        <message>
            <source>The PSK key must be given in hexadecimal</source>
            <translation>La chiave PSK deve essere indicata in esadecimale</translation>
        </message>
        <message>
            <source>The lifetime must be at least one second</source>
            <translation>La durata deve essere di almeno un secondo</translation>
        </message>
        <message>
            <source>The binding must be one of U, UQ, S, SQ, US, UQS or N</source>
            <translation>Il binding deve essere U, UQ, S, SQ, US, UQS o N</translation>
        </message>
        <message>
            <source>idle</source>
            <translation>inattivo</translation>
        </message>
        <message>
            <source>downloading</source>
            <translation>download in corso</translation>
        </message>
        <message>
            <source>downloaded</source>
            <translation>scaricato</translation>
        </message>
        <message>
            <source>updating</source>
            <translation>aggiornamento in corso</translation>
        </message>
        <message>
            <source>state %1</source>
            <translation>stato %1</translation>
        </message>
        <message>
            <source>no update result yet</source>
            <translation>ancora nessun esito dell'aggiornamento</translation>
        </message>
        <message>
            <source>firmware updated successfully</source>
            <translation>firmware aggiornato con successo</translation>
        </message>
        <message>
            <source>not enough flash memory for the package</source>
            <translation>memoria flash insufficiente per il pacchetto</translation>
        </message>
        <message>
            <source>Use a delta package instead of a full image.</source>
            <translation>Usa un pacchetto delta invece di un'immagine completa.</translation>
        </message>
        <message>
            <source>out of RAM during the download</source>
            <translation>RAM esaurita durante il download</translation>
        </message>
        <message>
            <source>Restart the module and let the server start the update again.</source>
            <translation>Riavvia il modulo e lascia che il server avvii di nuovo l'aggiornamento.</translation>
        </message>
        <message>
            <source>connection lost during the download</source>
            <translation>connessione persa durante il download</translation>
        </message>
        <message>
            <source>Check the coverage and the APN; the server can start the update again.</source>
            <translation>Controlla la copertura e l'APN; il server può avviare di nuovo l'aggiornamento.</translation>
        </message>
        <message>
            <source>integrity check of the package failed</source>
            <translation>verifica di integrità del pacchetto non riuscita</translation>
        </message>
        <message>
            <source>Check the package on the LwM2M server.</source>
            <translation>Controlla il pacchetto sul server LwM2M.</translation>
        </message>
        <message>
            <source>unsupported package type</source>
            <translation>tipo di pacchetto non supportato</translation>
        </message>
        <message>
            <source>Publish a package made for this module on the LwM2M server.</source>
            <translation>Pubblica sul server LwM2M un pacchetto creato per questo modulo.</translation>
        </message>
        <message>
            <source>invalid package URI</source>
            <translation>URI del pacchetto non valido</translation>
        </message>
        <message>
            <source>Check the package URI the LwM2M server wrote to /5/0/1.</source>
            <translation>Controlla l'URI del pacchetto che il server LwM2M ha scritto in /5/0/1.</translation>
        </message>
        <message>
            <source>firmware update failed</source>
            <translation>aggiornamento del firmware non riuscito</translation>
        </message>
        <message>
            <source>The module keeps its firmware; check that the package fits its base version.</source>
            <translation>Il modulo mantiene il suo firmware; verifica che il pacchetto corrisponda alla versione di base.</translation>
        </message>
        <message>
            <source>unsupported download protocol</source>
            <translation>protocollo di download non supportato</translation>
        </message>
        <message>
            <source>Let the LwM2M server offer the package over a protocol the module supports.</source>
            <translation>Fai offrire al server LwM2M il pacchetto tramite un protocollo supportato dal modulo.</translation>
        </message>
        <message>
            <source>result %1, not documented</source>
            <translation>esito %1, non documentato</translation>
        </message>
        <message>
            <source>Read the module's object 5 and contact support.</source>
            <translation>Leggi l'oggetto 5 del modulo e contatta l'assistenza.</translation>
        </message>
    </context>
    <context>
        <name>MainActions</name>
        <message>
            <source>&amp;Update…</source>
            <translation>&amp;Aggiorna…</translation>
        </message>
        <message>
            <source>Ctrl+U</source>
            <translation>Ctrl+U</translation>
        </message>
        <message>
            <source>Update the selected modules' firmware</source>
            <translation>Aggiorna il firmware dei moduli selezionati</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>A&amp;nnulla</translation>
        </message>
        <message>
            <source>Cancel the selected modules' jobs, where the module still allows it</source>
            <translation>Annulla i job dei moduli selezionati, dove il modulo lo consente ancora</translation>
        </message>
        <message>
            <source>Cancel &amp;all</source>
            <translation>Annulla &amp;tutti</translation>
        </message>
        <message>
            <source>Cancel every running job, where the modules still allow it</source>
            <translation>Annulla tutti i job in corso, dove i moduli lo consentono ancora</translation>
        </message>
        <message>
            <source>&amp;Rescan</source>
            <translation>&amp;Ricerca di nuovo</translation>
        </message>
        <message>
            <source>Look for modules on every port again</source>
            <translation>Cerca di nuovo i moduli su tutte le porte</translation>
        </message>
        <message>
            <source>&amp;Release port</source>
            <translation>&amp;Rilascia porta</translation>
        </message>
        <message>
            <source>Close the port so another tool can use it</source>
            <translation>Chiudi la porta perché un altro programma possa usarla</translation>
        </message>
        <message>
            <source>Re&amp;claim port</source>
            <translation>Ri&amp;prendi porta</translation>
        </message>
        <message>
            <source>Take a released port back</source>
            <translation>Riprendi una porta rilasciata</translation>
        </message>
        <message>
            <source>AT &amp;console</source>
            <translation>&amp;Console AT</translation>
        </message>
        <message>
            <source>Ctrl+K</source>
            <translation>Ctrl+K</translation>
        </message>
        <message>
            <source>Talk to the selected module</source>
            <translation>Comunica con il modulo selezionato</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Cronologia</translation>
        </message>
        <message>
            <source>Ctrl+H</source>
            <translation>Ctrl+H</translation>
        </message>
        <message>
            <source>Past update jobs</source>
            <translation>Job di aggiornamento passati</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Impostazioni…</translation>
        </message>
        <message>
            <source>Ports, agreements, timeouts, package server, data folder, language</source>
            <translation>Porte, consensi, timeout, server dei pacchetti, cartella dati, lingua</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Esci</translation>
        </message>
        <message>
            <source>Quit FotaDesk</source>
            <translation>Esci da FotaDesk</translation>
        </message>
        <message>
            <source>&amp;About FotaDesk</source>
            <translation>&amp;Informazioni su FotaDesk</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Modules</source>
            <translation>&amp;Moduli</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Visualizza</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aiuto</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Principale</translation>
        </message>
        <message>
            <source>Serial &amp;ports</source>
            <translation>&amp;Porte seriali</translation>
        </message>
        <message>
            <source>Every serial port and what is on it, with advice for those without a module</source>
            <translation>Tutte le porte seriali e cosa vi è collegato, con consigli per quelle senza modulo</translation>
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
            <translation>Informazioni su FotaDesk</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;FotaDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Firmware updates for cellular IoT modules over serial/USB and over the air: Telit (PFM), Telit Cinterion, SIMCom SIM7020 and Sierra Wireless HL78xx.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;FotaDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Aggiornamenti firmware per moduli IoT cellulari via seriale/USB e over the air: Telit (PFM), Telit Cinterion, SIMCom SIM7020 e Sierra Wireless HL78xx.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>ModemLinesWidget</name>
        <message>
            <source>not reported by this port</source>
            <translation>non riportate da questa porta</translation>
        </message>
        <message>
            <source>high</source>
            <translation>alta</translation>
        </message>
        <message>
            <source>low</source>
            <translation>bassa</translation>
        </message>
    </context>
    <context>
        <name>ModemManagerCheck</name>
        <message>
            <source>ModemManager has %1 open and talks to the module. Inhibit the device while updating (mmcli --inhibit-device=&lt;uid&gt;, or the ModemManager D-Bus InhibitDevice call), or install packaging/70-fotadesk-modems.rules in /etc/udev/rules.d so ModemManager ignores these modules.</source>
            <translation>ModemManager ha aperto %1 e comunica con il modulo. Inibisci il dispositivo durante l'aggiornamento (mmcli --inhibit-device=&lt;uid&gt;, oppure la chiamata D-Bus InhibitDevice di ModemManager), o installa packaging/70-fotadesk-modems.rules in /etc/udev/rules.d perché ModemManager ignori questi moduli.</translation>
        </message>
        <message>
            <source>ModemManager is running and may be probing %1. If the module answers garbage or the port is busy, inhibit the device over D-Bus while updating or install packaging/70-fotadesk-modems.rules in /etc/udev/rules.d.</source>
            <translation>ModemManager è in esecuzione e potrebbe sondare %1. Se il modulo risponde con dati illeggibili o la porta è occupata, inibisci il dispositivo via D-Bus durante l'aggiornamento o installa packaging/70-fotadesk-modems.rules in /etc/udev/rules.d.</translation>
        </message>
    </context>
    <context>
        <name>ModuleDriver</name>
        <message>
            <source>the module is installing firmware; a reset or power-off now can leave it unusable</source>
            <translation>il modulo sta installando il firmware; un reset o uno spegnimento ora può renderlo inutilizzabile</translation>
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
            <translation>Console AT</translation>
        </message>
    </context>
    <context>
        <name>ModuleSession</name>
        <message>
            <source>found again on %1</source>
            <translation>ritrovato su %1</translation>
        </message>
        <message>
            <source>connected on %1</source>
            <translation>connesso su %1</translation>
        </message>
        <message>
            <source>port released for other tools</source>
            <translation>porta rilasciata ad altri programmi</translation>
        </message>
        <message>
            <source>the port is released</source>
            <translation>la porta è rilasciata</translation>
        </message>
        <message>
            <source>the module is not connected</source>
            <translation>il modulo non è connesso</translation>
        </message>
        <message>
            <source>port %1 lost</source>
            <translation>porta %1 persa</translation>
        </message>
        <message>
            <source>the SIM asks for its PIN; entering it</source>
            <translation>la SIM chiede il PIN; lo si inserisce</translation>
        </message>
        <message>
            <source>SIM PIN accepted</source>
            <translation>PIN della SIM accettato</translation>
        </message>
        <message>
            <source>the SIM refused the PIN (%1); enter the right PIN before another attempt, the SIM locks after three</source>
            <translation>la SIM ha rifiutato il PIN (%1); inserisci il PIN corretto prima di riprovare, la SIM si blocca dopo tre errori</translation>
        </message>
    </context>
    <context>
        <name>ModuleText</name>
        <message>
            <source>Connected</source>
            <translation>Connesso</translation>
        </message>
        <message>
            <source>Disconnected</source>
            <translation>Disconnesso</translation>
        </message>
        <message>
            <source>Released</source>
            <translation>Rilasciato</translation>
        </message>
        <message>
            <source>Released to another tool</source>
            <translation>Rilasciato a un altro programma</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Non connesso</translation>
        </message>
        <message>
            <source>Idle</source>
            <translation>Inattivo</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 di %2</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>%1 rimanenti</translation>
        </message>
        <message>
            <source>%1 of %2 max</source>
            <translation>%1 su max %2</translation>
        </message>
        <message>
            <source>Best for each family</source>
            <translation>Il migliore per ogni famiglia</translation>
        </message>
        <message>
            <source>Local: 1K-XMODEM over the serial port</source>
            <translation>Locale: 1K-XMODEM sulla porta seriale</translation>
        </message>
        <message>
            <source>Local: flash writes (AT+CFLW)</source>
            <translation>Locale: scritture in flash (AT+CFLW)</translation>
        </message>
        <message>
            <source>Local: HTTP download from FotaDesk to the module's file system</source>
            <translation>Locale: download HTTP da FotaDesk al file system del modulo</translation>
        </message>
        <message>
            <source>Over the air: the module's own FOTA client</source>
            <translation>Over the air: il client FOTA del modulo</translation>
        </message>
        <message>
            <source>Over the air: LwM2M client</source>
            <translation>Over the air: client LwM2M</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Comando</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Risposta</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Esito</translation>
        </message>
        <message>
            <source>Echo</source>
            <translation>Eco</translation>
        </message>
        <message>
            <source>URC</source>
            <translation>URC</translation>
        </message>
        <message>
            <source>Unsolicited</source>
            <translation>Non richiesto</translation>
        </message>
        <message>
            <source>Data prompt</source>
            <translation>Prompt dati</translation>
        </message>
        <message>
            <source>Data out</source>
            <translation>Dati in uscita</translation>
        </message>
        <message>
            <source>Data in</source>
            <translation>Dati in ingresso</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Disturbi</translation>
        </message>
        <message>
            <source>FotaDesk</source>
            <translation>FotaDesk</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Pronta</translation>
        </message>
        <message>
            <source>PIN needed</source>
            <translation>PIN richiesto</translation>
        </message>
        <message>
            <source>PUK needed</source>
            <translation>PUK richiesto</translation>
        </message>
    </context>
    <context>
        <name>NotificationBar</name>
        <message>
            <source>updated to %1 and verified, in %2</source>
            <translation>aggiornato a %1 e verificato, in %2</translation>
        </message>
        <message>
            <source>update cancelled; the module keeps %1</source>
            <translation>aggiornamento annullato; il modulo mantiene %1</translation>
        </message>
        <message>
            <source>update failed (%1)</source>
            <translation>aggiornamento non riuscito (%1)</translation>
        </message>
        <message>
            <source>What to do: %1</source>
            <translation>Cosa fare: %1</translation>
        </message>
        <message>
            <source>update not started: %1</source>
            <translation>aggiornamento non avviato: %1</translation>
        </message>
        <message>
            <source>its update was interrupted when FotaDesk stopped (last step: %1)</source>
            <translation>il suo aggiornamento si è interrotto alla chiusura di FotaDesk (ultimo passo: %1)</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Riprendi</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostra</translation>
        </message>
        <message>
            <source>Select the module and show its log</source>
            <translation>Seleziona il modulo e mostra il suo log</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Chiudi</translation>
        </message>
    </context>
    <context>
        <name>PackageCatalog</name>
        <message>
            <source>package %1 is not in the catalog</source>
            <translation>il pacchetto %1 non è nel catalogo</translation>
        </message>
        <message>
            <source>%1 changed on disk since it was catalogued (SHA-256 %2, now %3); add it again if the new file is the one you want</source>
            <translation>%1 è cambiato su disco da quando è stato catalogato (SHA-256 %2, ora %3); aggiungilo di nuovo se il nuovo file è quello voluto</translation>
        </message>
        <message>
            <source>%1 is empty</source>
            <translation>%1 è vuoto</translation>
        </message>
        <message>
            <source>%1 does not match its manifest (size, SHA-256 or MD5 differ): the file or the manifest is wrong</source>
            <translation>%1 non corrisponde al suo manifest (dimensione, SHA-256 o MD5 diversi): il file o il manifest è errato</translation>
        </message>
        <message>
            <source>the catalog could not be saved</source>
            <translation>impossibile salvare il catalogo</translation>
        </message>
    </context>
    <context>
        <name>PackageFileDialog</name>
        <message>
            <source>Add a firmware package</source>
            <translation>Aggiungi un pacchetto firmware</translation>
        </message>
        <message>
            <source>Leave a field empty to read it from the package's manifest (%1) or its file name. What you enter here wins.</source>
            <translation>Lascia vuoto un campo per leggerlo dal manifest del pacchetto (%1) o dal nome del file. Ciò che inserisci qui ha la precedenza.</translation>
        </message>
        <message>
            <source>From the file</source>
            <translation>Dal file</translation>
        </message>
        <message>
            <source>e.g. HL7800; empty: any model of the family</source>
            <translation>ad es. HL7800; vuoto: qualsiasi modello della famiglia</translation>
        </message>
        <message>
            <source>the firmware the delta applies to</source>
            <translation>il firmware a cui si applica il delta</translation>
        </message>
        <message>
            <source>the firmware after the update</source>
            <translation>il firmware dopo l'aggiornamento</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Famiglia</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modello</translation>
        </message>
        <message>
            <source>From version</source>
            <translation>Dalla versione</translation>
        </message>
        <message>
            <source>To version</source>
            <translation>Alla versione</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Aggiungi</translation>
        </message>
    </context>
    <context>
        <name>PackageHasher</name>
        <message>
            <source>cannot read %1: %2</source>
            <translation>impossibile leggere %1: %2</translation>
        </message>
        <message>
            <source>reading %1 failed: %2</source>
            <translation>lettura di %1 non riuscita: %2</translation>
        </message>
    </context>
    <context>
        <name>PackageMetadataReader</name>
        <message>
            <source>the manifest %1 cannot be read: %2</source>
            <translation>impossibile leggere il manifest %1: %2</translation>
        </message>
        <message>
            <source>the manifest %1 is not a JSON object (%2 at byte %3); fix or remove it</source>
            <translation>il manifest %1 non è un oggetto JSON (%2 al byte %3); correggilo o rimuovilo</translation>
        </message>
        <message>
            <source>another JSON value</source>
            <translation>un altro valore JSON</translation>
        </message>
        <message>
            <source>the manifest %1 has a field that is not text (family, model, from, to, sha256 and md5 are strings)</source>
            <translation>il manifest %1 ha un campo che non è testo (family, model, from, to, sha256 e md5 sono stringhe)</translation>
        </message>
        <message>
            <source>the manifest %1 names an unknown family "%2" (telit-pfm, cinterion, simcom-sim7020 or sierra-hl78xx)</source>
            <translation>il manifest %1 indica una famiglia sconosciuta "%2" (telit-pfm, cinterion, simcom-sim7020 o sierra-hl78xx)</translation>
        </message>
        <message>
            <source>the manifest %1 gives a size that is not a positive whole number</source>
            <translation>il manifest %1 indica una dimensione che non è un intero positivo</translation>
        </message>
        <message>
            <source>the manifest %1 has a sha256 or md5 that is not a hex digest</source>
            <translation>il manifest %1 ha uno sha256 o md5 che non è un digest esadecimale</translation>
        </message>
        <message>
            <source>the name %1 does not say which versions it updates</source>
            <translation>il nome %1 non dice quali versioni aggiorna</translation>
        </message>
        <message>
            <source>FotaDesk cannot tell which modules %1 is for: add a manifest %2 or give the family, model and versions</source>
            <translation>FotaDesk non riesce a capire per quali moduli è %1: aggiungi un manifest %2 o indica famiglia, modello e versioni</translation>
        </message>
    </context>
    <context>
        <name>PackageModel</name>
        <message>
            <source>any</source>
            <translation>qualsiasi</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>sconosciuta</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 byte</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Famiglia</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modello</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Da</translation>
        </message>
        <message>
            <source>To</source>
            <translation>A</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Dimensione</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>MD5</source>
            <translation>MD5</translation>
        </message>
    </context>
    <context>
        <name>PackageServer</name>
        <message>
            <source>The package server is already listening on %1.</source>
            <translation>Il server dei pacchetti è già in ascolto su %1.</translation>
        </message>
        <message>
            <source>Cannot listen on %1 port %2: %3. Choose another address or port.</source>
            <translation>Impossibile ascoltare su %1 porta %2: %3. Scegli un altro indirizzo o porta.</translation>
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
            <translation>in attesa di stabilizzarsi</translation>
        </message>
        <message>
            <source>probing</source>
            <translation>rilevamento in corso</translation>
        </message>
        <message>
            <source>module</source>
            <translation>modulo</translation>
        </message>
        <message>
            <source>other interface of a module</source>
            <translation>altra interfaccia di un modulo</translation>
        </message>
        <message>
            <source>not a module</source>
            <translation>non è un modulo</translation>
        </message>
        <message>
            <source>busy</source>
            <translation>occupata</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>permesso negato</translation>
        </message>
        <message>
            <source>error</source>
            <translation>errore</translation>
        </message>
        <message>
            <source>released</source>
            <translation>rilasciata</translation>
        </message>
        <message>
            <source>gone</source>
            <translation>scomparsa</translation>
        </message>
    </context>
    <context>
        <name>PortsDialog</name>
        <message>
            <source>Serial ports</source>
            <translation>Porte seriali</translation>
        </message>
        <message>
            <source>A module that is plugged in but not in the fleet table is on one of these ports; its status says why and what to do.</source>
            <translation>Un modulo collegato ma assente dalla tabella dei moduli si trova su una di queste porte; il suo stato dice perché e cosa fare.</translation>
        </message>
    </context>
    <context>
        <name>PortsModel</name>
        <message>
            <source>Port</source>
            <translation>Porta</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Cosa fare</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Dispositivo</translation>
        </message>
        <message>
            <source>USB id</source>
            <translation>ID USB</translation>
        </message>
        <message>
            <source>Maker</source>
            <translation>Produttore</translation>
        </message>
    </context>
    <context>
        <name>Preflight</name>
        <message>
            <source>the module is not connected</source>
            <translation>il modulo non è connesso</translation>
        </message>
        <message>
            <source>another job (%1) is updating this module</source>
            <translation>un altro job (%1) sta aggiornando questo modulo</translation>
        </message>
        <message>
            <source>the package file %1 cannot be read</source>
            <translation>impossibile leggere il file del pacchetto %1</translation>
        </message>
        <message>
            <source>the package %1 changed on disk since it was catalogued (SHA-256 %2..., now %3...)</source>
            <translation>il pacchetto %1 è cambiato su disco da quando è stato catalogato (SHA-256 %2..., ora %3...)</translation>
        </message>
        <message>
            <source>the module went away</source>
            <translation>il modulo è scomparso</translation>
        </message>
        <message>
            <source>the module went away during the checks</source>
            <translation>il modulo è scomparso durante le verifiche</translation>
        </message>
        <message>
            <source>the SIM refused the PIN (%1); FotaDesk does not try again, the SIM locks after three wrong PINs</source>
            <translation>la SIM ha rifiutato il PIN (%1); FotaDesk non riprova, la SIM si blocca dopo tre PIN errati</translation>
        </message>
        <message>
            <source>the SIM asks for its PIN and none was given; the module needs it again after the update</source>
            <translation>la SIM chiede il PIN e non ne è stato indicato alcuno; il modulo ne ha di nuovo bisogno dopo l'aggiornamento</translation>
        </message>
        <message>
            <source>the SIM is blocked and asks for its PUK; unblock it first</source>
            <translation>la SIM è bloccata e chiede il PUK; sbloccala prima</translation>
        </message>
        <message>
            <source>the module refused a fixed serial rate (%1); with autobauding its messages after the reboot are lost</source>
            <translation>il modulo ha rifiutato una velocità seriale fissa (%1); con il rilevamento automatico i suoi messaggi dopo il riavvio vanno persi</translation>
        </message>
        <message>
            <source>autobauding is on (AT+IPR? answers 0): the module's messages after its reboot would be lost; set a fixed rate with AT+IPR=&lt;rate&gt;</source>
            <translation>il rilevamento automatico della velocità è attivo (AT+IPR? risponde 0): i messaggi del modulo dopo il riavvio andrebbero persi; imposta una velocità fissa con AT+IPR=&lt;velocità&gt;</translation>
        </message>
        <message>
            <source>Check the package and the module; override the checks only if you are sure this package applies.</source>
            <translation>Controlla il pacchetto e il modulo; ignora le verifiche solo se sei sicuro che questo pacchetto si applichi.</translation>
        </message>
        <message>
            <source>Nothing was changed on the module. Resolve the reason above and start the update again.</source>
            <translation>Sul modulo non è stato cambiato nulla. Risolvi il motivo indicato sopra e avvia di nuovo l'aggiornamento.</translation>
        </message>
    </context>
    <context>
        <name>Probe</name>
        <message>
            <source>no port driver for %1</source>
            <translation>nessun driver di porta per %1</translation>
        </message>
        <message>
            <source>the port is in use by another program (%1)</source>
            <translation>la porta è usata da un altro programma (%1)</translation>
        </message>
        <message>
            <source>no permission to open the port (%1)</source>
            <translation>nessun permesso di aprire la porta (%1)</translation>
        </message>
        <message>
            <source>the port does not exist (any more)</source>
            <translation>la porta non esiste (più)</translation>
        </message>
        <message>
            <source>cannot open the port: %1</source>
            <translation>impossibile aprire la porta: %1</translation>
        </message>
        <message>
            <source>probe cancelled</source>
            <translation>rilevamento annullato</translation>
        </message>
        <message>
            <source>answers OK to AT but no identity command</source>
            <translation>risponde OK ad AT ma a nessun comando di identità</translation>
        </message>
        <message>
            <source>the port went away while it was being probed</source>
            <translation>la porta è scomparsa durante il rilevamento</translation>
        </message>
    </context>
    <context>
        <name>PromptCard</name>
        <message>
            <source>Accept</source>
            <translation>Accetta</translation>
        </message>
        <message>
            <source>Agreement request from %1</source>
            <translation>Richiesta di consenso da %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; asks:</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; chiede:</translation>
        </message>
        <message>
            <source>Defer %1 min</source>
            <translation>Rimanda di %1 min</translation>
        </message>
        <message>
            <source>The module asks again later</source>
            <translation>Il modulo chiederà di nuovo più tardi</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Non ora</translation>
        </message>
        <message>
            <source>Let the request lapse; the update does not start</source>
            <translation>Lascia scadere la richiesta; l'aggiornamento non parte</translation>
        </message>
        <message>
            <source>No deadline</source>
            <translation>Nessuna scadenza</translation>
        </message>
        <message>
            <source>Time is up: the module no longer waits for an answer</source>
            <translation>Tempo scaduto: il modulo non attende più una risposta</translation>
        </message>
        <message>
            <source>Answer within %1</source>
            <translation>Rispondi entro %1</translation>
        </message>
        <message>
            <source>Answer sent; waiting for the module…</source>
            <translation>Risposta inviata; in attesa del modulo…</translation>
        </message>
    </context>
    <context>
        <name>RateFinder</name>
        <message>
            <source>cannot write to the port: %1</source>
            <translation>impossibile scrivere sulla porta: %1</translation>
        </message>
        <message>
            <source>answers "%1" to AT</source>
            <translation>risponde "%1" ad AT</translation>
        </message>
        <message>
            <source>prints text but never answers OK to AT (tried %1 baud)</source>
            <translation>stampa testo ma non risponde mai OK ad AT (provati %1 baud)</translation>
        </message>
        <message>
            <source>answers only garbage at every rate tried (%1 baud)</source>
            <translation>risponde solo con dati illeggibili a ogni velocità provata (%1 baud)</translation>
        </message>
        <message>
            <source>no answer to AT at any rate tried (%1 baud)</source>
            <translation>nessuna risposta ad AT a nessuna velocità provata (%1 baud)</translation>
        </message>
    </context>
    <context>
        <name>RestoreReport</name>
        <message>
            <source>setting not as before the update: %1</source>
            <translation>impostazione diversa da prima dell'aggiornamento: %1</translation>
        </message>
        <message>
            <source>writing a setting back failed: %1</source>
            <translation>riscrittura di un'impostazione non riuscita: %1</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Ask, with the deadline shown</source>
            <translation>Chiedi, mostrando la scadenza</translation>
        </message>
        <message>
            <source>Accept at once</source>
            <translation>Accetta subito</translation>
        </message>
        <message>
            <source>Let the request lapse</source>
            <translation>Lascia scadere la richiesta</translation>
        </message>
        <message>
            <source>Defer</source>
            <translation>Rimanda</translation>
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
            <translation>Impostazioni</translation>
        </message>
        <message>
            <source>One path or pattern a line, e.g. /tmp/modems/*</source>
            <translation>Un percorso o modello per riga, ad es. /tmp/modems/*</translation>
        </message>
        <message>
            <source>115200, 921600, 460800</source>
            <translation>115200, 921600, 460800</translation>
        </message>
        <message>
            <source>each family's documented default</source>
            <translation>valore predefinito documentato di ogni famiglia</translation>
        </message>
        <message>
            <source>any free port</source>
            <translation>qualsiasi porta libera</translation>
        </message>
        <message>
            <source>Ports</source>
            <translation>Porte</translation>
        </message>
        <message>
            <source>Also watch</source>
            <translation>Controlla anche</translation>
        </message>
        <message>
            <source>Baud rates to try</source>
            <translation>Velocità (baud) da provare</translation>
        </message>
        <message>
            <source>Probe answer timeout</source>
            <translation>Timeout di risposta al rilevamento</translation>
        </message>
        <message>
            <source>Wait for a module after its reboot</source>
            <translation>Attesa del modulo dopo il riavvio</translation>
        </message>
        <message>
            <source>Updates</source>
            <translation>Aggiornamenti</translation>
        </message>
        <message>
            <source>Telit upgrade requests (60 s)</source>
            <translation>Richieste di upgrade Telit (60 s)</translation>
        </message>
        <message>
            <source>HL78xx download/install agreements</source>
            <translation>Consensi HL78xx a download/installazione</translation>
        </message>
        <message>
            <source>Defer HL78xx agreements by</source>
            <translation>Rimanda i consensi HL78xx di</translation>
        </message>
        <message>
            <source>Install watchdog</source>
            <translation>Timeout di installazione</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Sfoglia…</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Cartella dati</translation>
        </message>
        <message>
            <source>Package server and data</source>
            <translation>Server dei pacchetti e dati</translation>
        </message>
        <message>
            <source>Package server address</source>
            <translation>Indirizzo del server dei pacchetti</translation>
        </message>
        <message>
            <source>Package server port</source>
            <translation>Porta del server dei pacchetti</translation>
        </message>
        <message>
            <source>Data folder (history, transcripts)</source>
            <translation>Cartella dati (cronologia, trascrizioni)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Lingua</translation>
        </message>
        <message>
            <source>The language changes when FotaDesk is started again.</source>
            <translation>La lingua cambia al prossimo avvio di FotaDesk.</translation>
        </message>
        <message>
            <source>Baud rates: one or more numbers between 300 and 4000000, separated by commas.</source>
            <translation>Velocità: uno o più numeri tra 300 e 4000000, separati da virgole.</translation>
        </message>
        <message>
            <source>Package server address: an IP address, e.g. 0.0.0.0 for every interface or 127.0.0.1.</source>
            <translation>Indirizzo del server dei pacchetti: un indirizzo IP, ad es. 0.0.0.0 per tutte le interfacce o 127.0.0.1.</translation>
        </message>
    </context>
    <context>
        <name>SettingsProfile</name>
        <message>
            <source>not a JSON object: %1</source>
            <translation>non è un oggetto JSON: %1</translation>
        </message>
        <message>
            <source>unknown family "%1"</source>
            <translation>famiglia sconosciuta "%1"</translation>
        </message>
        <message>
            <source>an item needs a name, a read command and a prefix</source>
            <translation>una voce richiede un nome, un comando di lettura e un prefisso</translation>
        </message>
        <message>
            <source>no settings profile for %1</source>
            <translation>nessun profilo di impostazioni per %1</translation>
        </message>
    </context>
    <context>
        <name>SettingsRestorer</name>
        <message>
            <source>%1 cannot be written back by FotaDesk</source>
            <translation>%1 non può essere riscritto da FotaDesk</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 answered %2</source>
            <translation>%1 ha risposto %2</translation>
        </message>
    </context>
    <context>
        <name>SettingsSnapshot</name>
        <message>
            <source>(none)</source>
            <translation>(nessuna)</translation>
        </message>
        <message>
            <source>%1: %2 before the update, %3 now</source>
            <translation>%1: %2 prima dell'aggiornamento, ora %3</translation>
        </message>
        <message>
            <source>not read</source>
            <translation>non letto</translation>
        </message>
        <message>
            <source>%1 answered %2</source>
            <translation>%1 ha risposto %2</translation>
        </message>
        <message>
            <source>%1 did not report it</source>
            <translation>%1 non lo ha riportato</translation>
        </message>
    </context>
    <context>
        <name>Snfota</name>
        <message>
            <source>url reads back as "%1"</source>
            <translation>url riletto come "%1"</translation>
        </message>
        <message>
            <source>crc reads back as "%1"</source>
            <translation>crc riletto come "%1"</translation>
        </message>
        <message>
            <source>conid reads back as %1</source>
            <translation>conid riletto come %1</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>niente</translation>
        </message>
        <message>
            <source>urc reads back as %1</source>
            <translation>urc riletto come %1</translation>
        </message>
        <message>
            <source>no error</source>
            <translation>nessun errore</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>errore sconosciuto</translation>
        </message>
        <message>
            <source>Start the download again; it resumes. If the error repeats, restart the module.</source>
            <translation>Avvia di nuovo il download; riprende. Se l'errore si ripete, riavvia il modulo.</translation>
        </message>
        <message>
            <source>the download server reported an error</source>
            <translation>il server di download ha segnalato un errore</translation>
        </message>
        <message>
            <source>Check that the package server is running and serves the URL, then start again.</source>
            <translation>Verifica che il server dei pacchetti sia in esecuzione e serva l'URL, poi ricomincia.</translation>
        </message>
        <message>
            <source>socket error</source>
            <translation>errore del socket</translation>
        </message>
        <message>
            <source>Check the APN, the coverage and that the server's port is reachable from the mobile network (firewall), then start again; the download resumes.</source>
            <translation>Controlla l'APN, la copertura e che la porta del server sia raggiungibile dalla rete mobile (firewall), poi ricomincia; il download riprende.</translation>
        </message>
        <message>
            <source>the connection timed out</source>
            <translation>la connessione è scaduta</translation>
        </message>
        <message>
            <source>Check the server address, port and URL. For an https URL the module needs the server's CA certificate (AT^SBNW=is_cert,&lt;n&gt;).</source>
            <translation>Controlla indirizzo del server, porta e URL. Per un URL https il modulo richiede il certificato CA del server (AT^SBNW=is_cert,&lt;n&gt;).</translation>
        </message>
        <message>
            <source>file error</source>
            <translation>errore del file</translation>
        </message>
        <message>
            <source>Check the package file on the server (present, readable, not empty) and start again.</source>
            <translation>Controlla il file del pacchetto sul server (presente, leggibile, non vuoto) e ricomincia.</translation>
        </message>
        <message>
            <source>not enough space for the package</source>
            <translation>spazio insufficiente per il pacchetto</translation>
        </message>
        <message>
            <source>The FOTA partition holds 11 MB: this is probably a full image. Use the delta package from the module's current firmware.</source>
            <translation>La partizione FOTA contiene 11 MB: probabilmente è un'immagine completa. Usa il pacchetto delta a partire dal firmware attuale del modulo.</translation>
        </message>
        <message>
            <source>firmware not available on the server</source>
            <translation>firmware non disponibile sul server</translation>
        </message>
        <message>
            <source>The server has no file at this URL (HTTP 404): check the URL and that the package is published.</source>
            <translation>Il server non ha alcun file a questo URL (HTTP 404): controlla l'URL e che il pacchetto sia pubblicato.</translation>
        </message>
        <message>
            <source>integrity check failed: the SHA-256 does not match</source>
            <translation>verifica di integrità non riuscita: lo SHA-256 non corrisponde</translation>
        </message>
        <message>
            <source>The downloaded file differs from the package FotaDesk hashed: check that the server serves the same file, then start again.</source>
            <translation>Il file scaricato differisce dal pacchetto di cui FotaDesk ha calcolato lo hash: verifica che il server fornisca lo stesso file, poi ricomincia.</translation>
        </message>
        <message>
            <source>the download was stopped (user break)</source>
            <translation>il download è stato interrotto (interruzione dell'utente)</translation>
        </message>
        <message>
            <source>Start the update again to resume the download.</source>
            <translation>Avvia di nuovo l'aggiornamento per riprendere il download.</translation>
        </message>
        <message>
            <source>the PDP context could not be activated</source>
            <translation>impossibile attivare il contesto PDP</translation>
        </message>
        <message>
            <source>Check the APN, the user name and password (AT^SGAUTH), and that the SIM has data service.</source>
            <translation>Controlla l'APN, nome utente e password (AT^SGAUTH) e che la SIM abbia il servizio dati.</translation>
        </message>
        <message>
            <source>a configuration parameter is invalid</source>
            <translation>un parametro di configurazione non è valido</translation>
        </message>
        <message>
            <source>Check the URL, the connection id and the SHA-256 written with AT^SNFOTA.</source>
            <translation>Controlla l'URL, l'id di connessione e lo SHA-256 scritti con AT^SNFOTA.</translation>
        </message>
        <message>
            <source>error %1, not documented</source>
            <translation>errore %1, non documentato</translation>
        </message>
        <message>
            <source>Start the download again; if the error repeats, read the module's settings with AT^SNFOTA? and contact support.</source>
            <translation>Avvia di nuovo il download; se l'errore si ripete, leggi le impostazioni del modulo con AT^SNFOTA? e contatta l'assistenza.</translation>
        </message>
    </context>
    <context>
        <name>StatusCounts</name>
        <message>
            <source>Modules: %1</source>
            <translation>Moduli: %1</translation>
        </message>
        <message>
            <source>Running: %1</source>
            <translation>In corso: %1</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>Non riusciti: %1</translation>
        </message>
        <message>
            <source>Updated: %1</source>
            <translation>Aggiornati: %1</translation>
        </message>
        <message>
            <source>Ports without a module: %1</source>
            <translation>Porte senza modulo: %1</translation>
        </message>
    </context>
    <context>
        <name>StepModel</name>
        <message>
            <source>Step</source>
            <translation>Passo</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Avviato</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durata</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Esito</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Dettagli</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Valori</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>%1 failed: %2</source>
            <translation>%1 non riuscito: %2</translation>
        </message>
        <message>
            <source>cannot create the folder of %1</source>
            <translation>impossibile creare la cartella di %1</translation>
        </message>
        <message>
            <source>the store is not open</source>
            <translation>l'archivio non è aperto</translation>
        </message>
        <message>
            <source>cannot open %1: %2</source>
            <translation>impossibile aprire %1: %2</translation>
        </message>
        <message>
            <source>a write from outside the engine thread was refused</source>
            <translation>una scrittura dall'esterno del thread del motore è stata rifiutata</translation>
        </message>
        <message>
            <source>cannot start a transaction: %1</source>
            <translation>impossibile avviare una transazione: %1</translation>
        </message>
        <message>
            <source>the schema version cannot be read</source>
            <translation>impossibile leggere la versione dello schema</translation>
        </message>
        <message>
            <source>the database has schema version %1, newer than this FotaDesk knows (%2); use a newer FotaDesk</source>
            <translation>il database ha la versione di schema %1, più recente di quella nota a questo FotaDesk (%2); usa un FotaDesk più recente</translation>
        </message>
        <message>
            <source>migration to schema %1 failed: %2</source>
            <translation>migrazione allo schema %1 non riuscita: %2</translation>
        </message>
    </context>
    <context>
        <name>TelitPfmDriver</name>
        <message>
            <source>%1 is inhibited while a Telit PFM update runs (it would break the download)</source>
            <translation>%1 è inibito mentre è in corso un aggiornamento Telit PFM (interromperebbe il download)</translation>
        </message>
    </context>
    <context>
        <name>TelitPfmFlow</name>
        <message>
            <source>No module session to update</source>
            <translation>Nessuna sessione del modulo da aggiornare</translation>
        </message>
        <message>
            <source>The SIM did not accept its PIN after the reboot</source>
            <translation>La SIM non ha accettato il PIN dopo il riavvio</translation>
        </message>
        <message>
            <source>The new firmware may be installed already. Enter the right PIN (the SIM locks after three wrong ones), then read the firmware version.</source>
            <translation>Il nuovo firmware potrebbe essere già installato. Inserisci il PIN corretto (la SIM si blocca dopo tre errati), poi leggi la versione del firmware.</translation>
        </message>
        <message>
            <source>Checking the serial rate: with autobauding the events after the reboot are lost</source>
            <translation>Verifica della velocità seriale: con il rilevamento automatico gli eventi dopo il riavvio vanno persi</translation>
        </message>
        <message>
            <source>The port went away during %1</source>
            <translation>La porta è scomparsa durante %1</translation>
        </message>
        <message>
            <source>Reconnect the module and start again; its firmware is unchanged.</source>
            <translation>Ricollega il modulo e ricomincia; il suo firmware è invariato.</translation>
        </message>
        <message>
            <source>The module did not answer %1</source>
            <translation>Il modulo non ha risposto a %1</translation>
        </message>
        <message>
            <source>Check the cable and the serial rate, then start again.</source>
            <translation>Controlla il cavo e la velocità seriale, poi ricomincia.</translation>
        </message>
        <message>
            <source>The module refused %1 (%2)</source>
            <translation>Il modulo ha rifiutato %1 (%2)</translation>
        </message>
        <message>
            <source>Check that the firmware supports Premium FOTA Management (10.00.xx3/xx4, 12.00.xx.2, 13.00.xx2 or later) and the server settings.</source>
            <translation>Verifica che il firmware supporti Premium FOTA Management (10.00.xx3/xx4, 12.00.xx.2, 13.00.xx2 o successivi) e controlla le impostazioni del server.</translation>
        </message>
        <message>
            <source>serial rate fixed at %1 already</source>
            <translation>velocità seriale già fissata a %1</translation>
        </message>
        <message>
            <source>The serial rate in use is not known</source>
            <translation>La velocità seriale in uso non è nota</translation>
        </message>
        <message>
            <source>Open the port at a fixed rate and start again.</source>
            <translation>Apri la porta a velocità fissa e ricomincia.</translation>
        </message>
        <message>
            <source>serial rate fixed at %1 (it was on autobaud)</source>
            <translation>velocità seriale fissata a %1 (era in rilevamento automatico)</translation>
        </message>
        <message>
            <source>#OTAEV events switched on</source>
            <translation>eventi #OTAEV attivati</translation>
        </message>
        <message>
            <source>the #OTAEV events are off and could not be switched on (%1); progress may not be shown</source>
            <translation>gli eventi #OTAEV sono disattivati e non è stato possibile attivarli (%1); l'avanzamento potrebbe non essere mostrato</translation>
        </message>
        <message>
            <source>no PFM server given: the registration stored in the module is used</source>
            <translation>nessun server PFM indicato: si usa la registrazione memorizzata nel modulo</translation>
        </message>
        <message>
            <source>Waiting for the PFM server to offer an upgrade</source>
            <translation>In attesa che il server PFM offra un upgrade</translation>
        </message>
        <message>
            <source>Registering with the PFM server by SMS</source>
            <translation>Registrazione sul server PFM via SMS</translation>
        </message>
        <message>
            <source>Registering with the PFM server over IP</source>
            <translation>Registrazione sul server PFM via IP</translation>
        </message>
        <message>
            <source>Registered; asking the PFM server for an upgrade</source>
            <translation>Registrato; si chiede un upgrade al server PFM</translation>
        </message>
        <message>
            <source>Registered; waiting for the PFM server to offer an upgrade</source>
            <translation>Registrato; in attesa che il server PFM offra un upgrade</translation>
        </message>
        <message>
            <source>Registered with the PFM server</source>
            <translation>Registrato sul server PFM</translation>
        </message>
        <message>
            <source>The PFM server started an automatic upgrade</source>
            <translation>Il server PFM ha avviato un upgrade automatico</translation>
        </message>
        <message>
            <source>The module downloads the new firmware</source>
            <translation>Il modulo scarica il nuovo firmware</translation>
        </message>
        <message>
            <source>Download complete</source>
            <translation>Download completato</translation>
        </message>
        <message>
            <source>The module validates and flashes the new firmware; it does not answer commands now. Never power it off.</source>
            <translation>Il modulo convalida e scrive il nuovo firmware; ora non risponde ai comandi. Non spegnerlo mai.</translation>
        </message>
        <message>
            <source>The PFM server was notified of the upgrade</source>
            <translation>Il server PFM è stato informato dell'upgrade</translation>
        </message>
        <message>
            <source>The module reports that the OTA upgrade failed</source>
            <translation>Il modulo segnala che l'upgrade OTA non è riuscito</translation>
        </message>
        <message>
            <source>The module keeps its current firmware. Check that the IMEI is on the PFM registration list with FOTA enabled and activated, the APN/NAP settings, the SIM and the coverage, then ask the server for the upgrade again. If the SIM was moved between registered modules, force a re-registration first.</source>
            <translation>Il modulo mantiene il firmware attuale. Verifica che l'IMEI sia nell'elenco di registrazione PFM con FOTA abilitato e attivato, le impostazioni APN/NAP, la SIM e la copertura, poi chiedi di nuovo l'upgrade al server. Se la SIM è stata spostata tra moduli registrati, forza prima una nuova registrazione.</translation>
        </message>
        <message>
            <source>The module answered a PFM server query</source>
            <translation>Il modulo ha risposto a una richiesta del server PFM</translation>
        </message>
        <message>
            <source>Unrecognised PFM event</source>
            <translation>Evento PFM non riconosciuto</translation>
        </message>
        <message>
            <source>The PFM server asks again for an upgrade</source>
            <translation>Il server PFM chiede di nuovo un upgrade</translation>
        </message>
        <message>
            <source>The PFM server offers a firmware upgrade</source>
            <translation>Il server PFM offre un upgrade del firmware</translation>
        </message>
        <message>
            <source>The PFM server offers a firmware upgrade for this module. Accept it? Unanswered, the request lapses.</source>
            <translation>Il server PFM offre un upgrade del firmware per questo modulo. Accettarlo? Senza risposta la richiesta scade.</translation>
        </message>
        <message>
            <source>asking the user; the request lapses in %1 s</source>
            <translation>si chiede all'utente; la richiesta scade tra %1 s</translation>
        </message>
        <message>
            <source>the upgrade request is left to lapse (policy)</source>
            <translation>la richiesta di upgrade viene lasciata scadere (criterio)</translation>
        </message>
        <message>
            <source>Upgrade accepted; waiting for the download to start</source>
            <translation>Upgrade accettato; in attesa dell'inizio del download</translation>
        </message>
        <message>
            <source>Upgrade declined: the request lapses; waiting for the server's next request</source>
            <translation>Upgrade rifiutato: la richiesta scade; in attesa della prossima richiesta del server</translation>
        </message>
        <message>
            <source>The upgrade request lapsed unanswered; waiting for the server's next request</source>
            <translation>La richiesta di upgrade è scaduta senza risposta; in attesa della prossima richiesta del server</translation>
        </message>
        <message>
            <source>The module restarts into the new firmware; waiting for it to come back</source>
            <translation>Il modulo si riavvia con il nuovo firmware; in attesa che ritorni</translation>
        </message>
        <message>
            <source>The port went away before the upgrade started</source>
            <translation>La porta è scomparsa prima dell'inizio dell'upgrade</translation>
        </message>
        <message>
            <source>Found again on %1</source>
            <translation>Ritrovato su %1</translation>
        </message>
        <message>
            <source>The module reports the new firmware</source>
            <translation>Il modulo riporta il nuovo firmware</translation>
        </message>
        <message>
            <source>Reading the firmware version the module runs now</source>
            <translation>Lettura della versione del firmware ora in esecuzione sul modulo</translation>
        </message>
        <message>
            <source>The module's firmware version could not be read</source>
            <translation>Non è stato possibile leggere la versione del firmware del modulo</translation>
        </message>
        <message>
            <source>Read it with AT+CGMR before trusting the update.</source>
            <translation>Leggila con AT+CGMR prima di fidarti dell'aggiornamento.</translation>
        </message>
        <message>
            <source>The module runs %1, expected %2</source>
            <translation>Il modulo esegue %1, atteso %2</translation>
        </message>
        <message>
            <source>The PFM server may have sent another package; check the campaign on the server.</source>
            <translation>Il server PFM potrebbe aver inviato un altro pacchetto; controlla la campagna sul server.</translation>
        </message>
        <message>
            <source>The module still runs %1</source>
            <translation>Il modulo esegue ancora %1</translation>
        </message>
        <message>
            <source>The upgrade did not take; check the campaign on the PFM server.</source>
            <translation>L'upgrade non ha avuto effetto; controlla la campagna sul server PFM.</translation>
        </message>
        <message>
            <source>Running %1; waiting for the module to notify the PFM server</source>
            <translation>In esecuzione %1; in attesa che il modulo informi il server PFM</translation>
        </message>
        <message>
            <source>Verified: running %1. The SIM waits for its PIN; the PFM server is notified once it is entered</source>
            <translation>Verificato: in esecuzione %1. La SIM attende il PIN; il server PFM viene informato appena viene inserito</translation>
        </message>
        <message>
            <source>Verified: running %1 (the PFM server has not confirmed the notification yet)</source>
            <translation>Verificato: in esecuzione %1 (il server PFM non ha ancora confermato la notifica)</translation>
        </message>
        <message>
            <source>The PFM server did not confirm the registration</source>
            <translation>Il server PFM non ha confermato la registrazione</translation>
        </message>
        <message>
            <source>Check the server number or address, the APN, that the SIM has SMS and data service, and that the IMEI is on the PFM registration list.</source>
            <translation>Controlla il numero o l'indirizzo del server, l'APN, che la SIM abbia servizio SMS e dati, e che l'IMEI sia nell'elenco di registrazione PFM.</translation>
        </message>
        <message>
            <source>The PFM server offered no upgrade in time</source>
            <translation>Il server PFM non ha offerto alcun upgrade in tempo</translation>
        </message>
        <message>
            <source>Check that a campaign for this module's firmware is active on the PFM server, then start again.</source>
            <translation>Verifica che sul server PFM sia attiva una campagna per il firmware di questo modulo, poi ricomincia.</translation>
        </message>
        <message>
            <source>no "Module Upgraded" event; reading the firmware version directly</source>
            <translation>nessun evento "Module Upgraded"; si legge direttamente la versione del firmware</translation>
        </message>
        <message>
            <source>cancel refused: the module downloads or installs on its own now; never power it off</source>
            <translation>annullamento rifiutato: il modulo ora scarica o installa da solo; non spegnerlo mai</translation>
        </message>
        <message>
            <source>Cancelled; the module keeps its current firmware</source>
            <translation>Annullato; il modulo mantiene il firmware attuale</translation>
        </message>
    </context>
    <context>
        <name>UpdateDialog</name>
        <message>
            <source>Update firmware</source>
            <translation>Aggiorna firmware</translation>
        </message>
        <message>
            <source>Add package file…</source>
            <translation>Aggiungi file pacchetto…</translation>
        </message>
        <message>
            <source>1. Package</source>
            <translation>1. Pacchetto</translation>
        </message>
        <message>
            <source>2. Modules</source>
            <translation>2. Moduli</translation>
        </message>
        <message>
            <source>3. Method and what it needs</source>
            <translation>3. Metodo e ciò che richiede</translation>
        </message>
        <message>
            <source>%1 was not added: %2</source>
            <translation>%1 non è stato aggiunto: %2</translation>
        </message>
        <message>
            <source>Add a firmware package</source>
            <translation>Aggiungi un pacchetto firmware</translation>
        </message>
        <message>
            <source>Firmware packages (*.bin *.ua *.usf *.dwl *.pkg);;All files (*)</source>
            <translation>Pacchetti firmware (*.bin *.ua *.usf *.dwl *.pkg);;Tutti i file (*)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Lettura di %1…</translation>
        </message>
        <message>
            <source>Start update on %1 modules</source>
            <translation>Avvia aggiornamento su %1 moduli</translation>
        </message>
        <message>
            <source>Start update on %1 of %2 modules</source>
            <translation>Avvia aggiornamento su %1 di %2 moduli</translation>
        </message>
        <message>
            <source>Choose the package to install.</source>
            <translation>Scegli il pacchetto da installare.</translation>
        </message>
        <message>
            <source>The package applies to none of the selected modules; the reasons are listed above.</source>
            <translation>Il pacchetto non si applica a nessuno dei moduli selezionati; i motivi sono elencati sopra.</translation>
        </message>
        <message>
            <source>Modules the package does not apply to are left out.</source>
            <translation>I moduli a cui il pacchetto non si applica sono esclusi.</translation>
        </message>
        <message>
            <source>Update anyway where every finding may be overridden (the module still checks the package itself)</source>
            <translation>Aggiorna comunque dove ogni rilievo può essere ignorato (il modulo verifica comunque il pacchetto)</translation>
        </message>
    </context>
    <context>
        <name>UpdateFlow</name>
        <message>
            <source>cancel refused: the module is installing; never interrupt it now</source>
            <translation>annullamento rifiutato: il modulo sta installando; non interromperlo ora</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>Verified: running %1</source>
            <translation>Verificato: in esecuzione %1</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annullato</translation>
        </message>
        <message>
            <source>%1 did not finish within %2 s</source>
            <translation>%1 non è terminato entro %2 s</translation>
        </message>
        <message>
            <source>Check the module's log; it may still be working. Reconnect it and read its firmware version before trying again.</source>
            <translation>Controlla il log del modulo; potrebbe essere ancora al lavoro. Ricollegalo e leggi la versione del firmware prima di riprovare.</translation>
        </message>
    </context>
    <context>
        <name>UpdateJob</name>
        <message>
            <source>The firmware was updated, but the module did not come back to have its settings restored</source>
            <translation>Il firmware è stato aggiornato, ma il modulo non è tornato per il ripristino delle impostazioni</translation>
        </message>
        <message>
            <source>Reconnect the module and check its settings: they may be at their defaults.</source>
            <translation>Ricollega il modulo e controlla le impostazioni: potrebbero essere ai valori predefiniti.</translation>
        </message>
        <message>
            <source>FotaDesk does not know how to update this module's family</source>
            <translation>FotaDesk non sa come aggiornare la famiglia di questo modulo</translation>
        </message>
        <message>
            <source>The module is gone</source>
            <translation>Il modulo non c'è più</translation>
        </message>
        <message>
            <source>Another job (%1) is updating this module</source>
            <translation>Un altro job (%1) sta aggiornando questo modulo</translation>
        </message>
        <message>
            <source>%1 (%2 is updating this module)</source>
            <translation>%1 (%2 sta aggiornando questo modulo)</translation>
        </message>
        <message>
            <source>the module is installing firmware; interrupting it now could leave it unusable, so the job cannot be cancelled until it has rebooted</source>
            <translation>il modulo sta installando il firmware; interromperlo ora potrebbe renderlo inutilizzabile, quindi il job non può essere annullato prima del riavvio</translation>
        </message>
        <message>
            <source>cancel refused: %1</source>
            <translation>annullamento rifiutato: %1</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annullato</translation>
        </message>
        <message>
            <source>The firmware was updated, but the module's settings were not (all) restored; check them.</source>
            <translation>Il firmware è stato aggiornato, ma le impostazioni del modulo non sono state (tutte) ripristinate; controllale.</translation>
        </message>
        <message>
            <source>Nothing was changed on the module.</source>
            <translation>Sul modulo non è stato cambiato nulla.</translation>
        </message>
        <message>
            <source>FotaDesk was closed during step %1</source>
            <translation>FotaDesk è stato chiuso durante il passo %1</translation>
        </message>
        <message>
            <source>Leave the module powered: FotaDesk verifies it when it starts again.</source>
            <translation>Lascia il modulo alimentato: FotaDesk lo verifica al prossimo avvio.</translation>
        </message>
        <message>
            <source>Resume the job to start it again from its checks.</source>
            <translation>Riprendi il job per ricominciarlo dalle verifiche.</translation>
        </message>
        <message>
            <source>step %1 started</source>
            <translation>passo %1 avviato</translation>
        </message>
        <message numerus="yes">
            <source>%1 (with %n warning(s))</source>
            <translation>
                <numerusform>%1 (con %n avviso)</numerusform>
                <numerusform>%1 (con %n avvisi)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>The module was removed from FotaDesk while its job ran</source>
            <translation>Il modulo è stato rimosso da FotaDesk mentre il suo job era in corso</translation>
        </message>
        <message>
            <source>Reconnect it and read its firmware version before updating again.</source>
            <translation>Ricollegalo e leggi la versione del firmware prima di aggiornare di nuovo.</translation>
        </message>
        <message>
            <source>Checking the module and the package</source>
            <translation>Verifica del modulo e del pacchetto</translation>
        </message>
        <message>
            <source>kept by the module itself, not backed up: %1</source>
            <translation>mantenute dal modulo stesso, senza backup: %1</translation>
        </message>
        <message>
            <source>Refused: %1</source>
            <translation>Rifiutato: %1</translation>
        </message>
        <message>
            <source>checks overridden: %1</source>
            <translation>verifiche ignorate: %1</translation>
        </message>
        <message>
            <source>settings backup not wanted</source>
            <translation>backup delle impostazioni non richiesto</translation>
        </message>
        <message>
            <source>no settings to back up for this family</source>
            <translation>nessuna impostazione da salvare per questa famiglia</translation>
        </message>
        <message>
            <source>Backing up the module's settings</source>
            <translation>Backup delle impostazioni del modulo</translation>
        </message>
        <message>
            <source>The module went away while its settings were read</source>
            <translation>Il modulo è scomparso durante la lettura delle impostazioni</translation>
        </message>
        <message>
            <source>Nothing was changed on the module. Reconnect it and start again.</source>
            <translation>Sul modulo non è stato cambiato nulla. Ricollegalo e ricomincia.</translation>
        </message>
        <message numerus="yes">
            <source>%n setting(s) read</source>
            <translation>
                <numerusform>%n impostazione letta</numerusform>
                <numerusform>%n impostazioni lette</numerusform>
            </translation>
        </message>
        <message>
            <source>the module downloads the package itself and no URL was given; FotaDesk's package server is not running</source>
            <translation>il modulo scarica il pacchetto da solo e non è stato indicato alcun URL; il server dei pacchetti di FotaDesk non è in esecuzione</translation>
        </message>
        <message>
            <source>the package server cannot serve %1</source>
            <translation>il server dei pacchetti non può fornire %1</translation>
        </message>
        <message>
            <source>package served at %1</source>
            <translation>pacchetto fornito a %1</translation>
        </message>
        <message>
            <source>Cannot start the update: %1</source>
            <translation>Impossibile avviare l'aggiornamento: %1</translation>
        </message>
        <message>
            <source>Give the package's URL, or start FotaDesk's package server.</source>
            <translation>Indica l'URL del pacchetto, oppure avvia il server dei pacchetti di FotaDesk.</translation>
        </message>
        <message>
            <source>%1 modules cannot be updated with method %2 in this FotaDesk</source>
            <translation>i moduli %1 non possono essere aggiornati con il metodo %2 in questo FotaDesk</translation>
        </message>
        <message>
            <source>%1 [%2]</source>
            <translation>%1 [%2]</translation>
        </message>
        <message>
            <source>The module runs %1 after the update, not the expected %2</source>
            <translation>Dopo l'aggiornamento il modulo esegue %1, non l'atteso %2</translation>
        </message>
        <message>
            <source>Check the package; the module's settings were not restored.</source>
            <translation>Controlla il pacchetto; le impostazioni del modulo non sono state ripristinate.</translation>
        </message>
        <message>
            <source>no settings were backed up</source>
            <translation>non è stata salvata alcuna impostazione</translation>
        </message>
        <message>
            <source>Waiting for the module to restore its settings</source>
            <translation>In attesa di ripristinare le impostazioni del modulo</translation>
        </message>
        <message>
            <source>Restoring the module's settings</source>
            <translation>Ripristino delle impostazioni del modulo</translation>
        </message>
        <message>
            <source>The firmware was updated, but the module went away while its settings were restored</source>
            <translation>Il firmware è stato aggiornato, ma il modulo è scomparso durante il ripristino delle impostazioni</translation>
        </message>
        <message>
            <source>Reconnect it and check its settings: they may be at their defaults.</source>
            <translation>Ricollegalo e controlla le impostazioni: potrebbero essere ai valori predefiniti.</translation>
        </message>
        <message numerus="yes">
            <source>%n setting(s) written back</source>
            <translation>
                <numerusform>%n impostazione riscritta</numerusform>
                <numerusform>%n impostazioni riscritte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n setting(s) not as before</source>
            <translation>
                <numerusform>%n impostazione diversa da prima</numerusform>
                <numerusform>%n impostazioni diverse da prima</numerusform>
            </translation>
        </message>
        <message>
            <source>SIM PIN entered</source>
            <translation>PIN della SIM inserito</translation>
        </message>
        <message>
            <source>the SIM refused its PIN after the update (%1); enter the right one</source>
            <translation>la SIM ha rifiutato il PIN dopo l'aggiornamento (%1); inserisci quello corretto</translation>
        </message>
        <message>
            <source>AT+CPIN? answered %1</source>
            <translation>AT+CPIN? ha risposto %1</translation>
        </message>
        <message>
            <source>SIM: %1</source>
            <translation>SIM: %1</translation>
        </message>
        <message>
            <source>the SIM asks for its PIN after the update; enter it (AT+CPIN)</source>
            <translation>la SIM chiede il PIN dopo l'aggiornamento; inseriscilo (AT+CPIN)</translation>
        </message>
    </context>
    <context>
        <name>UpdateOptionsForm</name>
        <message>
            <source>Only if the SIM asks for one after the reboot</source>
            <translation>Solo se la SIM lo chiede dopo il riavvio</translation>
        </message>
        <message>
            <source>e.g. internet</source>
            <translation>ad es. internet</translation>
        </message>
        <message>
            <source>Empty: FotaDesk serves the package itself</source>
            <translation>Vuoto: FotaDesk fornisce il pacchetto</translation>
        </message>
        <message>
            <source>SMS protocol, e.g. +391234560001</source>
            <translation>Protocollo SMS, ad es. +391234560001</translation>
        </message>
        <message>
            <source>IP protocols, e.g. 203.0.113.7:5000</source>
            <translation>Protocolli IP, ad es. 203.0.113.7:5000</translation>
        </message>
        <message>
            <source>Ask me, with the deadline shown</source>
            <translation>Chiedimelo, mostrando la scadenza</translation>
        </message>
        <message>
            <source>Accept at once</source>
            <translation>Accetta subito</translation>
        </message>
        <message>
            <source>Defer (HL78xx) / let lapse (Telit)</source>
            <translation>Rimanda (HL78xx) / lascia scadere (Telit)</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Metodo</translation>
        </message>
        <message>
            <source>SIM PIN</source>
            <translation>PIN della SIM</translation>
        </message>
        <message>
            <source>APN</source>
            <translation>APN</translation>
        </message>
        <message>
            <source>APN user</source>
            <translation>Utente APN</translation>
        </message>
        <message>
            <source>APN password</source>
            <translation>Password APN</translation>
        </message>
        <message>
            <source>Package URL</source>
            <translation>URL del pacchetto</translation>
        </message>
        <message>
            <source>PFM server number</source>
            <translation>Numero del server PFM</translation>
        </message>
        <message>
            <source>PFM server address</source>
            <translation>Indirizzo del server PFM</translation>
        </message>
        <message>
            <source>Agreement requests</source>
            <translation>Richieste di consenso</translation>
        </message>
        <message>
            <source>Defer by</source>
            <translation>Rimanda di</translation>
        </message>
        <message>
            <source>Needed: a selected module's SIM asks for its PIN</source>
            <translation>Necessario: la SIM di un modulo selezionato chiede il PIN</translation>
        </message>
        <message>
            <source>A SIM PIN has 4 to 8 digits.</source>
            <translation>Un PIN della SIM ha da 4 a 8 cifre.</translation>
        </message>
        <message>
            <source>The package URL must be an http:// or https:// address.</source>
            <translation>L'URL del pacchetto deve essere un indirizzo http:// o https://.</translation>
        </message>
        <message>
            <source>The PFM server address is IP:port, e.g. 203.0.113.7:5000.</source>
            <translation>L'indirizzo del server PFM è IP:porta, ad es. 203.0.113.7:5000.</translation>
        </message>
    </context>
    <context>
        <name>UpdatePhase</name>
        <message>
            <source>Preparing</source>
            <translation>Preparazione</translation>
        </message>
        <message>
            <source>Registering</source>
            <translation>Registrazione</translation>
        </message>
        <message>
            <source>Waiting for server</source>
            <translation>In attesa del server</translation>
        </message>
        <message>
            <source>Transferring</source>
            <translation>Trasferimento</translation>
        </message>
        <message>
            <source>Downloading</source>
            <translation>Download</translation>
        </message>
        <message>
            <source>Downloaded</source>
            <translation>Scaricato</translation>
        </message>
        <message>
            <source>Verifying</source>
            <translation>Verifica</translation>
        </message>
        <message>
            <source>Installing</source>
            <translation>Installazione</translation>
        </message>
        <message>
            <source>Rebooting</source>
            <translation>Riavvio</translation>
        </message>
        <message>
            <source>Reconnected</source>
            <translation>Riconnesso</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Verificato</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Non riuscito</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annullato</translation>
        </message>
    </context>
    <context>
        <name>VerifyFlow</name>
        <message>
            <source>No module session to verify</source>
            <translation>Nessuna sessione del modulo da verificare</translation>
        </message>
        <message>
            <source>Waiting for the module to finish installing and come back</source>
            <translation>In attesa che il modulo finisca l'installazione e ritorni</translation>
        </message>
        <message>
            <source>Reading the firmware version</source>
            <translation>Lettura della versione del firmware</translation>
        </message>
        <message>
            <source>The module went away again; waiting for it</source>
            <translation>Il modulo è scomparso di nuovo; in attesa</translation>
        </message>
        <message>
            <source>The module did not tell its firmware version</source>
            <translation>Il modulo non ha indicato la versione del firmware</translation>
        </message>
        <message>
            <source>Read it yourself (%1) before updating again.</source>
            <translation>Leggila tu stesso (%1) prima di aggiornare di nuovo.</translation>
        </message>
        <message>
            <source>The module still runs %1: the install did not complete</source>
            <translation>Il modulo esegue ancora %1: l'installazione non è stata completata</translation>
        </message>
        <message>
            <source>The module runs %1, not the expected %2</source>
            <translation>Il modulo esegue %1, non l'atteso %2</translation>
        </message>
        <message>
            <source>Update the module again; its settings are as the update left them.</source>
            <translation>Aggiorna di nuovo il modulo; le sue impostazioni sono come le ha lasciate l'aggiornamento.</translation>
        </message>
    </context>
    <context>
        <name>XmodemLink</name>
        <message>
            <source>The port is busy or gone.</source>
            <translation>La porta è occupata o scomparsa.</translation>
        </message>
    </context>
    <context>
        <name>XmodemSender</name>
        <message>
            <source>%1 bytes sent in %2 blocks.</source>
            <translation>%1 byte inviati in %2 blocchi.</translation>
        </message>
        <message>
            <source>The module never asked for the data (no 'C' or NAK within %1 s). Check that it accepted the download command and that the port and baud rate are right, then try again.</source>
            <translation>Il modulo non ha mai chiesto i dati (nessun 'C' o NAK entro %1 s). Verifica che abbia accettato il comando di download e che porta e velocità siano corrette, poi riprova.</translation>
        </message>
        <message>
            <source>The module rejected block %1 %2 times. The link corrupts data: check the cable, use a lower baud rate, then try again.</source>
            <translation>Il modulo ha rifiutato il blocco %1 %2 volte. Il collegamento altera i dati: controlla il cavo, usa una velocità più bassa, poi riprova.</translation>
        </message>
        <message>
            <source>The module stopped answering at block %1 (no reply within %2 s, %3 tries). Check the cable and the module's power, then try again.</source>
            <translation>Il modulo ha smesso di rispondere al blocco %1 (nessuna risposta entro %2 s, %3 tentativi). Controlla il cavo e l'alimentazione del modulo, poi riprova.</translation>
        </message>
        <message>
            <source>The module cancelled the transfer at block %1. It may have rejected the package (another model or version) or run out of space: check the package, then try again.</source>
            <translation>Il modulo ha annullato il trasferimento al blocco %1. Potrebbe aver rifiutato il pacchetto (altro modello o versione) o aver esaurito lo spazio: controlla il pacchetto, poi riprova.</translation>
        </message>
        <message>
            <source>The transfer was cancelled.</source>
            <translation>Il trasferimento è stato annullato.</translation>
        </message>
        <message>
            <source>All data was sent, but the module did not confirm the end of the transfer. Check the module's state before installing.</source>
            <translation>Tutti i dati sono stati inviati, ma il modulo non ha confermato la fine del trasferimento. Controlla lo stato del modulo prima dell'installazione.</translation>
        </message>
        <message>
            <source>The port was lost during the transfer. Reconnect the module and start the update again.</source>
            <translation>La porta è stata persa durante il trasferimento. Ricollega il modulo e avvia di nuovo l'aggiornamento.</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Firmware updates for cellular IoT modules over serial/USB and over the air.</source>
            <translation>Aggiornamenti firmware per moduli IoT cellulari via seriale/USB e over the air.</translation>
        </message>
        <message>
            <source>Also watch these device paths (repeatable).</source>
            <translation>Controlla anche questi percorsi di dispositivo (ripetibile).</translation>
        </message>
        <message>
            <source>Start on a simulated fleet with packages ready.</source>
            <translation>Avvia con una flotta simulata e pacchetti pronti.</translation>
        </message>
        <message>
            <source>Modules in the simulated fleet.</source>
            <translation>Numero di moduli nella flotta simulata.</translation>
        </message>
        <message>
            <source>FotaDesk demo</source>
            <translation>Demo di FotaDesk</translation>
        </message>
        <message>
            <source>The simulated fleet did not start: %1</source>
            <translation>La flotta simulata non si è avviata: %1</translation>
        </message>
    </context>
</TS>
