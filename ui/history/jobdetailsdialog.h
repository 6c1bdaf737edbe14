#pragma once

#include "fleet/jobrecord.h"

#include <QDialog>

class QTableView;
class QPushButton;

// One stored job: what was asked, how it ended and what to do about it, each
// step with its figures, and its transcript on disk.
class JobDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit JobDetailsDialog(const JobRecord &job, QWidget *parent = nullptr);

    QTableView *steps() const { return m_steps; }
    QPushButton *transcriptButton() const { return m_transcript; }

private:
    QTableView *m_steps;
    QPushButton *m_transcript;
};
