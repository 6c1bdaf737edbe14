#pragma once

class AtChannel;
class XmodemSender;

// Runs `sender` over `channel`: starts it, hands the channel's port over in raw
// mode (bytes already buffered after the module's OK, such as its first 'C',
// are delivered at once), writes what the sender asks for, tells it when the
// port is lost, fails or refuses a write, and gives the port back to line mode
// when it finishes, together with whatever followed the end of the transfer in
// the same read (a URC right behind the last ACK). Returns false, with the
// sender finished (PortLost), when the channel cannot go raw now (a command in
// flight, or the port gone).
bool runXmodemOver(AtChannel *channel, XmodemSender *sender);
