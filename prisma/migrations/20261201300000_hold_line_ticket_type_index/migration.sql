-- Holds of one ticket type (stock checks per ticket type, the FK check when a ticket type is deleted) were a scan
-- of every hold line: the primary key leads with hold_id.
CREATE INDEX "hold_line_ticket_type_id_idx" ON "hold_line"("ticket_type_id");
