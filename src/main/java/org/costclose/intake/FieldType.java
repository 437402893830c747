package org.costclose.intake;

/** How a CSV field is parsed and checked against the company's setup and master data. */
enum FieldType {
    /** the row's stable id: required, unique in the file, never re-sent with other content */
    ID,
    TEXT,
    DATE,
    /** money in the company's currency: no more decimals than its minor unit */
    AMOUNT,
    /** hours and other quantities: up to 6 decimals */
    QUANTITY,
    POSTING_LAYER,
    ACCOUNT,
    ACCOUNT_TYPE,
    YES_NO,
    /** a value of the dimension with the cost center role */
    COST_CENTER,
    /** a value of the dimension with the cost purpose role */
    COST_PURPOSE,
    SERVICE_CATEGORY,
    /** a value of the service category's credit (sender) dimension */
    SENDER_VALUE,
    /** a value of the service category's debit (receiver) dimension */
    RECEIVER_VALUE,
    /** must equal the company in the request when present */
    COMPANY
}
