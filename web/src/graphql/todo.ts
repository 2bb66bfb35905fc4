import { gql } from '@urql/vue';

/** One 待办 (API.md `myTasks`): what to do, why, and the page it is done on. */
export interface TaskData {
  title: string;
  reason: string;
  villageCode: string | null;
  villageName: string | null;
  year: number | null;
  place: string;
  waiting: boolean;
}

export const MY_TASKS = gql<{ myTasks: { total: number; items: TaskData[] } }>`
  query MyTasks {
    myTasks {
      total
      items {
        title
        reason
        villageCode
        villageName
        year
        place
        waiting
      }
    }
  }
`;

export const MY_TASK_COUNT = gql<{ myTasks: { total: number } }>`
  query MyTaskCount {
    myTasks {
      total
    }
  }
`;
