package org.accord.document.content;

/**
 * Realistic content from the forum's December 2022 SOC meeting: the Tourism concept paper, the
 * action plan, the calendar of events for 2023, and the Secretariat's 2023 budget and staff matrix.
 * Figures are illustrative; the staff matrix total equals the budget's staff line.
 */
final class Samples {

  private Samples() {}

  static final String TOURISM_CONCEPT_PAPER = """
      {
        "priorityArea": "Tourism",
        "dimension": "ECONOMIC",
        "coordinators": ["TR"],
        "coCoordinators": ["AZ"],
        "text": "CICA Concept Paper on Tourism\\n\\nTourism brings peoples together and builds confidence.\\nMember States will exchange best practices on sustainable tourism.\\nThe coordinators will report to the SOC every year."
      }
      """;

  static final String ACTION_PLAN = """
      {
        "measures": [
          {
            "title": "CICA Tourism Forum",
            "dimension": "ECONOMIC",
            "priorityArea": "Tourism",
            "coordinators": ["TR", "AZ"],
            "timeline": {"start": "2023-01", "end": "2024-12"}
          },
          {
            "title": "Exchange of best practices in agricultural technologies",
            "dimension": "ECONOMIC",
            "priorityArea": "Agriculture",
            "coordinators": ["PK"],
            "timeline": {"start": "2023-03", "end": "2023-11"},
            "description": "Expert meetings and a compendium of good practices."
          },
          {
            "title": "Expert meeting on countering illicit drug trafficking",
            "dimension": "NEW_CHALLENGES_AND_THREATS",
            "priorityArea": "Illicit drug trafficking",
            "coordinators": ["TJ", "RU"],
            "timeline": {"start": "2023-06", "end": "2023-06"}
          }
        ]
      }
      """;

  /** The third event's title has commas and a semicolon; its description is long enough to be folded. */
  static final String CALENDAR_2023 = """
      {
        "year": 2023,
        "events": [
          {"title": "Meeting of the Special Working Group", "start": "2023-04-11", "end": "2023-04-12",
           "hostState": "KZ", "format": "IN_PERSON"},
          {"title": "Meeting of the Senior Officials Committee", "start": "2023-04-13", "end": "2023-04-14",
           "hostState": "KZ", "format": "IN_PERSON"},
          {"title": "CICA Tourism Forum: heritage, connectivity; sustainable travel", "start": "2023-05-22",
           "end": "2023-05-24", "hostState": "TR", "format": "HYBRID", "dimension": "ECONOMIC",
           "description": "Ministries of tourism, national tourism organisations and private operators of the Member States discuss visa facilitation, joint tour routes along the Silk Road and the recovery of tourism after the pandemic."},
          {"title": "Workshop on food security and agricultural technologies", "start": "2023-06-20",
           "end": "2023-06-20", "format": "VIDEOCONFERENCE", "dimension": "ECONOMIC"},
          {"title": "Seminar on countering the use of ICTs for terrorist purposes", "start": "2023-09-12",
           "end": "2023-09-13", "hostState": "RU", "format": "VIDEOCONFERENCE",
           "dimension": "NEW_CHALLENGES_AND_THREATS"},
          {"title": "CICA Think Tank Forum", "start": "2023-10-05", "end": "2023-10-06", "hostState": "KZ",
           "format": "IN_PERSON", "dimension": "HUMAN"},
          {"title": "Meeting of the Senior Officials Committee", "start": "2023-12-14", "end": "2023-12-14",
           "format": "VIDEOCONFERENCE"}
        ]
      }
      """;

  static final String BUDGET_2023 = """
      {
        "year": 2023,
        "lines": [
          {"category": "STAFF", "amount": 1320000.00, "currency": "USD"},
          {"category": "OFFICIAL_TRAVEL", "amount": 180000, "currency": "USD"},
          {"category": "EVENTS", "amount": 250000.5, "currency": "USD"},
          {"category": "PREMISES", "amount": 95000.00, "currency": "USD"},
          {"category": "EQUIPMENT", "amount": 40000.00, "currency": "USD"}
        ]
      }
      """;

  static final String STAFF_MATRIX_2023 = """
      {
        "year": 2023,
        "currency": "USD",
        "posts": [
          {"title": "Secretary General", "grade": "SG", "number": 1, "annualCost": 180000.00},
          {"title": "Deputy Secretary General", "grade": "DSG", "number": 2, "annualCost": 150000.00},
          {"title": "Counsellor", "grade": "P-5", "number": 4, "annualCost": 105000.00},
          {"title": "First Secretary", "grade": "P-4", "number": 3, "annualCost": 80000.00},
          {"title": "Administrative Officer", "grade": "G-6", "number": 3, "annualCost": 40000.00},
          {"title": "Driver", "grade": "G-3", "number": 2, "annualCost": 30000.00}
        ]
      }
      """;

  /** JSON written with single quotes, for short test content. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }
}
